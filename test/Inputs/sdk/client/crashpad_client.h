// Stub of Crashpad (chromium/crashpad, main at 48b459d7, 2026) public API for
// piiflow tests: declarations written from the real header
// client/crashpad_client.h; shapes only, not the SDK's code.  Only the
// handler-starting methods are declared, in their POSIX/Windows shapes.
#ifndef PIIFLOW_STUB_CRASHPAD_CLIENT_CRASHPAD_CLIENT_H_
#define PIIFLOW_STUB_CRASHPAD_CLIENT_CRASHPAD_CLIENT_H_

#include <map>
#include <string>
#include <vector>

#include "base/files/file_path.h"

namespace crashpad {

class CrashpadClient {
 public:
  CrashpadClient();
  CrashpadClient(const CrashpadClient&) = delete;
  CrashpadClient& operator=(const CrashpadClient&) = delete;
  ~CrashpadClient();

  // annotations: process annotations added to every report; attachments:
  // files whose contents are uploaded with every report.
  bool StartHandler(const base::FilePath& handler,
                    const base::FilePath& database,
                    const base::FilePath& metrics_dir,
                    const std::string& url,
                    const std::map<std::string, std::string>& annotations,
                    const std::vector<std::string>& arguments,
                    bool restartable,
                    bool asynchronous_start,
                    const std::vector<base::FilePath>& attachments = {});

  // Linux/Android: starts the handler only when a crash happens.
  bool StartHandlerAtCrash(
      const base::FilePath& handler,
      const base::FilePath& database,
      const base::FilePath& metrics_dir,
      const std::string& url,
      const std::map<std::string, std::string>& annotations,
      const std::vector<std::string>& arguments,
      const std::vector<base::FilePath>& attachments = {});

  static bool StartHandlerForClient(
      const base::FilePath& handler,
      const base::FilePath& database,
      const base::FilePath& metrics_dir,
      const std::string& url,
      const std::map<std::string, std::string>& annotations,
      const std::vector<std::string>& arguments,
      int socket);
};

}  // namespace crashpad

#endif  // PIIFLOW_STUB_CRASHPAD_CLIENT_CRASHPAD_CLIENT_H_
