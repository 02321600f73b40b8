#include "fs_zlib.h"
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int fs_gzip(const uint8_t *in, size_t len, uint8_t **out, size_t *out_len) {
    z_stream s;
    memset(&s, 0, sizeof s);
    if (deflateInit2(&s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
    size_t cap = deflateBound(&s, (uLong)len) + 32;
    uint8_t *buf = malloc(cap);
    if (!buf) { deflateEnd(&s); return -1; }
    s.next_in = (Bytef *)in;
    s.avail_in = (uInt)len;
    s.next_out = buf;
    s.avail_out = (uInt)cap;
    int rc = deflate(&s, Z_FINISH);
    if (rc != Z_STREAM_END) { free(buf); deflateEnd(&s); return -1; }
    *out = buf;
    *out_len = cap - s.avail_out;
    deflateEnd(&s);
    return 0;
}

int fs_gunzip(const uint8_t *in, size_t len, size_t max_out, uint8_t **out, size_t *out_len) {
    z_stream s;
    memset(&s, 0, sizeof s);
    if (inflateInit2(&s, 15 + 32) != Z_OK) return -1;
    size_t cap = len * 4 + 1024;
    if (cap > max_out + 1) cap = max_out + 1;
    uint8_t *buf = malloc(cap);
    if (!buf) { inflateEnd(&s); return -1; }
    s.next_in = (Bytef *)in;
    s.avail_in = (uInt)len;
    size_t used = 0;
    for (;;) {
        s.next_out = buf + used;
        s.avail_out = (uInt)(cap - used);
        int rc = inflate(&s, Z_NO_FLUSH);
        used = cap - s.avail_out;
        if (rc == Z_STREAM_END) break;
        if (used > max_out) { free(buf); inflateEnd(&s); return 1; }
        if (rc != Z_OK && rc != Z_BUF_ERROR) { free(buf); inflateEnd(&s); return -1; }
        if (s.avail_out == 0) {
            if (cap > max_out) { free(buf); inflateEnd(&s); return 1; }
            size_t ncap = cap * 2;
            if (ncap > max_out + 1) ncap = max_out + 1;
            uint8_t *nb = realloc(buf, ncap);
            if (!nb) { free(buf); inflateEnd(&s); return -1; }
            buf = nb;
            cap = ncap;
        } else if (rc == Z_BUF_ERROR) {
            /* no progress with output space left: truncated input */
            free(buf); inflateEnd(&s); return -1;
        }
    }
    /* Bytes after the gzip member (a second member, or junk) are refused: what was read must be
       the whole body, or two readers could disagree on it. */
    if (s.avail_in != 0) { free(buf); inflateEnd(&s); return -1; }
    inflateEnd(&s);
    if (used > max_out) { free(buf); return 1; }
    *out = buf;
    *out_len = used;
    return 0;
}

void fs_free(void *p) { free(p); }
