// Stub of Google Breakpad's src/common/linux/http_upload.h for piiflow tests: the multipart POST
// that uploads a minidump with its form fields (parameters) and files; shapes only.
#ifndef PIIFLOW_STUB_COMMON_LINUX_HTTP_UPLOAD_H__
#define PIIFLOW_STUB_COMMON_LINUX_HTTP_UPLOAD_H__

#include <map>
#include <string>

namespace google_breakpad {

using std::map;
using std::string;

class HTTPUpload {
 public:
  static bool SendMultipartPostRequest(const string& url,
                                       const map<string, string>& parameters,
                                       const map<string, string>& files,
                                       const string& proxy,
                                       const string& proxy_user_pwd,
                                       const string& ca_certificate_file,
                                       string* response_body,
                                       long* response_code,
                                       string* error_description);

 private:
  HTTPUpload();
};

}  // namespace google_breakpad

#endif
