#ifndef FIELDSYNC_FS_CURL_H
#define FIELDSYNC_FS_CURL_H
/* libcurl, loaded with dlopen the first time a command talks to a server.

   Linking libcurl directly pulls about 27 shared libraries (TLS, Kerberos, LDAP, SSH, IDN...)
   into every process, and the dynamic loader's work for them was a third of a 25 ms
   `fieldsync visit record`, a command that never touches the network. The header gives the
   types and constants; the functions below call through pointers resolved by fs_curl_load.
   curl_easy_setopt is variadic, which Swift cannot call: typed wrappers. */
#include <curl/curl.h>
#include <stddef.h>

/* Loads libcurl and its functions once (the first of `names` that loads; the names per
   operating system are FieldSyncClient's Platform.libcurlNames); thread-safe.
   Returns 0 on success, else -1 with a sentence in `error` (NUL-terminated). */
int fs_curl_load(const char *const *names, size_t count, char *error, size_t error_size);

CURLcode fs_curl_global_init(long flags);
CURL *fs_curl_easy_init(void);
void fs_curl_easy_cleanup(CURL *c);
void fs_curl_easy_reset(CURL *c);
CURLcode fs_curl_easy_perform(CURL *c);
const char *fs_curl_easy_strerror(CURLcode code);
struct curl_slist *fs_curl_slist_append(struct curl_slist *list, const char *text);
void fs_curl_slist_free_all(struct curl_slist *list);

CURLcode fs_curl_set_long(CURL *c, CURLoption o, long v);
CURLcode fs_curl_set_string(CURL *c, CURLoption o, const char *v);
CURLcode fs_curl_set_pointer(CURL *c, CURLoption o, void *v);
CURLcode fs_curl_set_slist(CURL *c, CURLoption o, struct curl_slist *v);
CURLcode fs_curl_set_write_function(CURL *c, size_t (*f)(char *, size_t, size_t, void *));
CURLcode fs_curl_get_response_code(CURL *c, long *code);
CURLcode fs_curl_get_download_size(CURL *c, curl_off_t *n);
#endif
