// Stub of mini_chromium's base::FilePath (as used by the Crashpad client API)
// for piiflow tests: declarations written from the real header
// base/files/file_path.h (chromium/mini_chromium); shapes only, not its code.
// StringType is std::string on POSIX (std::wstring on Windows in the real
// header); this stub always uses std::string.
#ifndef PIIFLOW_STUB_BASE_FILES_FILE_PATH_H_
#define PIIFLOW_STUB_BASE_FILES_FILE_PATH_H_

#include <string>

namespace base {

class FilePath {
 public:
  using StringType = std::string;
  using CharType = StringType::value_type;

  FilePath();
  FilePath(const FilePath& that);
  explicit FilePath(const StringType& path);
  ~FilePath();
  FilePath& operator=(const FilePath& that);

  const StringType& value() const;
  bool empty() const;
  FilePath DirName() const;
  FilePath BaseName() const;
  FilePath Append(const StringType& component) const;
  FilePath Append(const FilePath& component) const;

 private:
  StringType path_;
};

}  // namespace base

#endif  // PIIFLOW_STUB_BASE_FILES_FILE_PATH_H_
