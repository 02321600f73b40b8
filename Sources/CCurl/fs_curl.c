#include "fs_curl.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    void (*easy_reset)(CURL *);
    CURLcode (*easy_perform)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
} fn;

static pthread_mutex_t once = PTHREAD_MUTEX_INITIALIZER;
static int tried;
static char load_error[256];

static void *need(void *lib, const char *name) {
    void *p = dlsym(lib, name);
    if (p == NULL && load_error[0] == 0) {
        snprintf(load_error, sizeof load_error, "libcurl has no function %s.", name);
    }
    return p;
}

static void load(const char *const *names, size_t count) {
    void *lib = NULL;
    for (size_t i = 0; i < count && lib == NULL; i++) lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        const char *why = dlerror();
        snprintf(load_error, sizeof load_error, "libcurl could not be loaded (%s); install libcurl4.",
                 why ? why : "not found");
        return;
    }
    *(void **)&fn.global_init = need(lib, "curl_global_init");
    *(void **)&fn.easy_init = need(lib, "curl_easy_init");
    *(void **)&fn.easy_cleanup = need(lib, "curl_easy_cleanup");
    *(void **)&fn.easy_reset = need(lib, "curl_easy_reset");
    *(void **)&fn.easy_perform = need(lib, "curl_easy_perform");
    *(void **)&fn.easy_strerror = need(lib, "curl_easy_strerror");
    *(void **)&fn.slist_append = need(lib, "curl_slist_append");
    *(void **)&fn.slist_free_all = need(lib, "curl_slist_free_all");
    *(void **)&fn.easy_setopt = need(lib, "curl_easy_setopt");
    *(void **)&fn.easy_getinfo = need(lib, "curl_easy_getinfo");
    if (load_error[0] == 0) fn.global_init(CURL_GLOBAL_DEFAULT);
}

int fs_curl_load(const char *const *names, size_t count, char *error, size_t error_size) {
    pthread_mutex_lock(&once);
    if (!tried) {
        load(names, count);
        tried = 1;
    }
    pthread_mutex_unlock(&once);
    if (load_error[0] == 0) return 0;
    if (error != NULL && error_size > 0) {
        strncpy(error, load_error, error_size - 1);
        error[error_size - 1] = 0;
    }
    return -1;
}

/* Every function below is reached only after fs_curl_load returned 0 (CurlTransport.init). */
CURLcode fs_curl_global_init(long flags) { return fn.global_init(flags); }
CURL *fs_curl_easy_init(void) { return fn.easy_init(); }
void fs_curl_easy_cleanup(CURL *c) { fn.easy_cleanup(c); }
void fs_curl_easy_reset(CURL *c) { fn.easy_reset(c); }
CURLcode fs_curl_easy_perform(CURL *c) { return fn.easy_perform(c); }
const char *fs_curl_easy_strerror(CURLcode code) { return fn.easy_strerror(code); }
struct curl_slist *fs_curl_slist_append(struct curl_slist *l, const char *t) { return fn.slist_append(l, t); }
void fs_curl_slist_free_all(struct curl_slist *l) { fn.slist_free_all(l); }

CURLcode fs_curl_set_long(CURL *c, CURLoption o, long v) { return fn.easy_setopt(c, o, v); }
CURLcode fs_curl_set_string(CURL *c, CURLoption o, const char *v) { return fn.easy_setopt(c, o, v); }
CURLcode fs_curl_set_pointer(CURL *c, CURLoption o, void *v) { return fn.easy_setopt(c, o, v); }
CURLcode fs_curl_set_slist(CURL *c, CURLoption o, struct curl_slist *v) { return fn.easy_setopt(c, o, v); }
CURLcode fs_curl_set_write_function(CURL *c, size_t (*f)(char *, size_t, size_t, void *)) {
    return fn.easy_setopt(c, CURLOPT_WRITEFUNCTION, f);
}
CURLcode fs_curl_get_response_code(CURL *c, long *code) { return fn.easy_getinfo(c, CURLINFO_RESPONSE_CODE, code); }
CURLcode fs_curl_get_download_size(CURL *c, curl_off_t *n) { return fn.easy_getinfo(c, CURLINFO_SIZE_DOWNLOAD_T, n); }
