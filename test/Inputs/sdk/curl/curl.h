// Stub of libcurl's public header for piiflow tests: declarations written from the real
// include/curl/curl.h and include/curl/easy.h (curl/curl, 8.x); the easy interface, its
// option enumeration (a few options, with their real values), header lists and the URL API;
// shapes only, not curl's code.
#ifndef PIIFLOW_STUB_CURL_CURL_H
#define PIIFLOW_STUB_CURL_CURL_H

#include <stddef.h>

extern "C" {

typedef void CURL;
typedef void CURLM;
typedef struct Curl_URL CURLU;

typedef enum { CURLE_OK = 0, CURLE_FAILED_INIT = 2 } CURLcode;
typedef enum { CURLM_OK = 0 } CURLMcode;

#define CURLOPTTYPE_LONG 0
#define CURLOPTTYPE_OBJECTPOINT 10000
#define CURLOPTTYPE_FUNCTIONPOINT 20000
#define CURLOPTTYPE_STRINGPOINT CURLOPTTYPE_OBJECTPOINT
#define CURLOPTTYPE_SLISTPOINT CURLOPTTYPE_OBJECTPOINT
#define CURLOPTTYPE_CBPOINT CURLOPTTYPE_OBJECTPOINT
#define CURLOPT(na, t, nu) na = t + nu

typedef enum {
  CURLOPT(CURLOPT_WRITEDATA, CURLOPTTYPE_CBPOINT, 1),
  CURLOPT(CURLOPT_URL, CURLOPTTYPE_STRINGPOINT, 2),
  CURLOPT(CURLOPT_USERPWD, CURLOPTTYPE_STRINGPOINT, 5),
  CURLOPT(CURLOPT_POSTFIELDS, CURLOPTTYPE_OBJECTPOINT, 15),
  CURLOPT(CURLOPT_USERAGENT, CURLOPTTYPE_STRINGPOINT, 18),
  CURLOPT(CURLOPT_COOKIE, CURLOPTTYPE_STRINGPOINT, 22),
  CURLOPT(CURLOPT_HTTPHEADER, CURLOPTTYPE_SLISTPOINT, 23),
  CURLOPT(CURLOPT_TIMEOUT, CURLOPTTYPE_LONG, 13),
  CURLOPT(CURLOPT_POST, CURLOPTTYPE_LONG, 47),
  CURLOPT(CURLOPT_WRITEFUNCTION, CURLOPTTYPE_FUNCTIONPOINT, 11),
  CURLOPT(CURLOPT_POSTFIELDSIZE, CURLOPTTYPE_LONG, 60),
  CURLOPT(CURLOPT_COPYPOSTFIELDS, CURLOPTTYPE_OBJECTPOINT, 165),
  CURLOPT(CURLOPT_USERNAME, CURLOPTTYPE_STRINGPOINT, 173),
  CURLOPT(CURLOPT_PASSWORD, CURLOPTTYPE_STRINGPOINT, 174),
  CURLOPT(CURLOPT_XOAUTH2_BEARER, CURLOPTTYPE_STRINGPOINT, 220),
  CURLOPT(CURLOPT_CURLU, CURLOPTTYPE_OBJECTPOINT, 282),
  CURLOPT_LASTENTRY
} CURLoption;

struct curl_slist {
  char *data;
  struct curl_slist *next;
};

typedef enum {
  CURLUPART_URL,
  CURLUPART_SCHEME,
  CURLUPART_USER,
  CURLUPART_PASSWORD,
  CURLUPART_OPTIONS,
  CURLUPART_HOST,
  CURLUPART_PORT,
  CURLUPART_PATH,
  CURLUPART_QUERY,
  CURLUPART_FRAGMENT,
  CURLUPART_ZONEID
} CURLUPart;

typedef enum { CURLUE_OK = 0 } CURLUcode;

CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
char *curl_easy_escape(CURL *handle, const char *string, int length);
void curl_free(void *p);

struct curl_slist *curl_slist_append(struct curl_slist *list, const char *data);
void curl_slist_free_all(struct curl_slist *list);

CURLM *curl_multi_init(void);
CURLMcode curl_multi_add_handle(CURLM *multi_handle, CURL *curl_handle);

CURLU *curl_url(void);
CURLUcode curl_url_set(CURLU *handle, CURLUPart what, const char *part, unsigned int flags);
void curl_url_cleanup(CURLU *handle);
}

#endif
