#ifndef FIELDSYNC_ZLIB_H
#define FIELDSYNC_ZLIB_H
#include <stddef.h>
#include <stdint.h>

/* gzip-compresses `len` bytes; *out is malloc'd (free with fs_free). Returns 0 on success. */
int fs_gzip(const uint8_t *in, size_t len, uint8_t **out, size_t *out_len);
/* Inflates gzip data, refusing to produce more than `max_out` bytes (a gzip bomb).
   Returns 0 on success, 1 if the output would exceed max_out, -1 if the data is not valid gzip. */
int fs_gunzip(const uint8_t *in, size_t len, size_t max_out, uint8_t **out, size_t *out_len);
void fs_free(void *p);
#endif
