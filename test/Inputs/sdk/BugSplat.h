// Stub of BugSplat's BugSplat.h (native Windows SDK) for piiflow tests: the MiniDmpSender class
// with the members that put data into a crash report; shapes only, not BugSplat's code. The real
// header spells wide strings __wchar_t, MSVC's name for wchar_t, and exports the class from
// BugSplat.dll.
#ifndef PIIFLOW_STUB_BUGSPLAT_H
#define PIIFLOW_STUB_BUGSPLAT_H

#include <windows.h>

#define MDSF_NONINTERACTIVE 0x0001
#define MDSF_PREVENTHIJACKING 0x0004

class MiniDmpSender {
public:
  MiniDmpSender(wchar_t const *szDatabase, wchar_t const *szApp, wchar_t const *szVersion,
                wchar_t const *szAppIdentifier = nullptr, DWORD dwFlags = 0x04);
  virtual ~MiniDmpSender();
  void resetVersionString(const wchar_t *wszVersion);
  void resetAppIdentifier(const wchar_t *wszDescription);
  void setNotes(const wchar_t *wszNotes);
  void sendAdditionalFile(const wchar_t *wszPath);
  bool setAttribute(const wchar_t *szName, const wchar_t *szValue);
  void setLogFilePath(const wchar_t *wszPath);
  void setDefaultUserName(const wchar_t *wszName);
  void setDefaultUserEmail(const wchar_t *wszEmail);
  void setDefaultUserDescription(const wchar_t *wszDescription);
  void createAsanReport(const char *asanMessage);
  int setGuardByteBufferSize(int nbytes);
};

#endif
