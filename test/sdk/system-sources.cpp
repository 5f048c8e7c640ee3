// System sources: POSIX login and password entries, host names, environment, Windows and Qt.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: diff %s %t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of system functions that return personal data, through piiflow's
// stubs (windows.h, Qt) and the system headers.  Each source flows into
// sentry_set_tag (modelled by sentry-native.json) or stays local.
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <QHostInfo>
#include <QSysInfo>
#include <QtCore/QString>
#include <fstream>
#include <sentry.h>
#include <string>
#include <windows.h>

// Positive: the login name is sent as a tag.
void tagLogin() {
  const char* login = getlogin();
  sentry_set_tag("login", login);
  char buf[64];
  if (getlogin_r(buf, sizeof buf) == 0) sentry_set_tag("login_r", buf);
}

// Negative: the login name is only printed locally.
void printLogin() {
  const char* login = getlogin();
  printf("hello %s\n", login ? login : "?");
}

// Positive: the host name is sent.
void tagHost() {
  char host[256];
  gethostname(host, sizeof host);
  sentry_set_tag("host", host);
  struct utsname u;
  uname(&u);
  sentry_set_tag("node", u.nodename);
}

// Negative: the kernel release (not the node name) is sent.
void tagKernel() {
  struct utsname u;
  uname(&u);
  sentry_set_tag("kernel", u.release);
}

// Positive: user name, full name and home directory from the password database.
void tagPasswd() {
  struct passwd* pw = getpwuid(getuid());
  if (!pw) return;
  sentry_set_tag("user", pw->pw_name);
  sentry_set_tag("full_name", pw->pw_gecos);
  sentry_set_tag("home", pw->pw_dir);
  struct passwd* root = getpwnam("root");
  if (root) sentry_set_tag("root_home", root->pw_dir);
}

// Negative: only the numeric shell path of the entry is sent.
void tagShell() {
  struct passwd* pw = getpwuid(getuid());
  if (pw) sentry_set_tag("shell", pw->pw_shell);
}

// Positive: getpwuid_r writes the entry into a caller's struct.
void tagPasswdR() {
  struct passwd entry;
  struct passwd* result = nullptr;
  char buf[1024];
  if (getpwuid_r(getuid(), &entry, buf, sizeof buf, &result) == 0 && result)
    sentry_set_tag("user", entry.pw_name);
}

// Negative: getpwuid_r only to test for the entry's existence.
bool hasPasswdEntry() {
  struct passwd entry;
  struct passwd* result = nullptr;
  char buf[1024];
  return getpwuid_r(getuid(), &entry, buf, sizeof buf, &result) == 0 && result;
}

// Positive: environment variables that name the user or the machine.
void tagEnv() {
  sentry_set_tag("user", getenv("USER"));
  sentry_set_tag("logname", getenv("LOGNAME"));
  sentry_set_tag("home", getenv("HOME"));
  sentry_set_tag("win_user", getenv("USERNAME"));
  sentry_set_tag("computer", getenv("COMPUTERNAME"));
  sentry_set_tag("hostname", getenv("HOSTNAME"));
}

// Negative: environment variables that say nothing about the user.
void tagEnvPlain() {
  sentry_set_tag("lang", getenv("LANG"));
  sentry_set_tag("term", getenv("TERM"));
  sentry_set_tag("path", getenv("PATH"));
}

// Positive: Win32 user and computer names.
void tagWin32() {
  char user[UNLEN + 1];
  DWORD n = sizeof user;
  if (GetUserName(user, &n)) sentry_set_tag("user", user);
  wchar_t wuser[UNLEN + 1];
  DWORD wn = UNLEN + 1;
  GetUserNameW(wuser, &wn);
  char computer[MAX_COMPUTERNAME_LENGTH + 1];
  DWORD cn = sizeof computer;
  if (GetComputerNameA(computer, &cn)) sentry_set_tag("computer", computer);
  wchar_t wcomputer[MAX_COMPUTERNAME_LENGTH + 1];
  GetComputerNameW(wcomputer, &cn);
  char fqdn[256];
  DWORD fn = sizeof fqdn;
  if (GetComputerNameExA(ComputerNameDnsFullyQualified, fqdn, &fn))
    sentry_set_tag("fqdn", fqdn);
  wchar_t wfqdn[256];
  GetComputerNameExW(ComputerNameDnsHostname, wfqdn, &fn);
  char env[256];
  if (GetEnvironmentVariableA("USERNAME", env, sizeof env))
    sentry_set_tag("env_user", env);
  wchar_t wenv[256];
  GetEnvironmentVariableW(L"COMPUTERNAME", wenv, 256);
}

// Negative: Win32 calls whose buffers are only checked, and a harmless variable.
void checkWin32() {
  char user[UNLEN + 1];
  DWORD n = sizeof user;
  bool ok = GetUserNameA(user, &n) != 0;
  sentry_set_tag("user_known", ok ? "yes" : "no");
  char env[256];
  if (GetEnvironmentVariableA("PROCESSOR_ARCHITECTURE", env, sizeof env))
    sentry_set_tag("arch", env);
}

// Positive: Qt host name and machine ids.
void tagQt() {
  sentry_set_tag("host", QSysInfo::machineHostName().toStdString().c_str());
  QByteArray id = QSysInfo::machineUniqueId();
  sentry_set_tag("machine", id.toHex().constData());
  sentry_set_tag("boot", QSysInfo::bootUniqueId().constData());
  QString label = QString("%1@%2").arg(QHostInfo::localHostName()).arg(42);
  sentry_set_tag("label", label.toUtf8().constData());
  QString joined = "host:" + QHostInfo::localHostName();
  sentry_set_tag("joined", joined.toStdString().c_str());
}

// Negative: Qt's product name and CPU architecture.
void tagQtPlain() {
  sentry_set_tag("os", QSysInfo::prettyProductName().toStdString().c_str());
  sentry_set_tag("cpu", QSysInfo::currentCpuArchitecture().toUtf8().constData());
}

// Positive: the machine id read from /etc/machine-id.
void tagMachineId() {
  std::ifstream in("/etc/machine-id");
  std::string id;
  std::getline(in, id);
  sentry_set_tag("machine_id", id.c_str());
  FILE* f = fopen("/var/lib/dbus/machine-id", "r");
  char buf[64] = {0};
  if (f && fgets(buf, sizeof buf, f)) sentry_set_tag("dbus_id", buf);
  if (f) fclose(f);
}

// Negative: another file is read and sent.
void tagOsRelease() {
  std::ifstream in("/etc/os-release");
  std::string line;
  std::getline(in, line);
  sentry_set_tag("os_release", line.c_str());
  FILE* f = fopen("/proc/version", "r");
  char buf[128] = {0};
  if (f && fgets(buf, sizeof buf, f)) sentry_set_tag("kernel", buf);
  if (f) fclose(f);
}

// CHECK: system-sources.cpp:31:3: warning: username sent to Sentry as event property "login" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:30:23: note: the result of 'getlogin' is a username (function 'getlogin')
// CHECK: system-sources.cpp:30:15: note: assigned to 'login'
// CHECK: system-sources.cpp:33:41: warning: username sent to Sentry as event property "login_r" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:33:7: note: the buffer filled by 'getlogin_r' is a username (function 'getlogin_r')
// CHECK: system-sources.cpp:46:3: warning: device identifier sent to Sentry as event property "host" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:45:3: note: the buffer filled by 'gethostname' is a device identifier (function 'gethostname')
// CHECK: system-sources.cpp:49:3: warning: device identifier sent to Sentry as event property "node" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:48:3: note: the 'nodename' of 'uname' is a device identifier (function 'uname')
// CHECK: system-sources.cpp:63:3: warning: username sent to Sentry as event property "user" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:61:23: note: the 'pw_name' of 'getpwuid' is a username (function 'getpwuid')
// CHECK: system-sources.cpp:64:3: warning: person name sent to Sentry as event property "full_name" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:64:31: note: the value of key "full_name" is a person name (key "full_name")
// CHECK: system-sources.cpp:82:5: warning: username sent to Sentry as event property "user" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:81:7: note: the 'pw_name' of 'getpwuid_r' is a username (function 'getpwuid_r')
// CHECK: system-sources.cpp:95:3: warning: username sent to Sentry as event property "user" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:95:26: note: 'getenv("USER")' is a username (function 'getenv')
// CHECK: system-sources.cpp:96:3: warning: username sent to Sentry as event property "logname" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:96:29: note: 'getenv("LOGNAME")' is a username (function 'getenv')
// CHECK: system-sources.cpp:97:3: warning: username sent to Sentry as event property "home" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:97:26: note: 'getenv("HOME")' is a username (function 'getenv')
// CHECK: system-sources.cpp:98:3: warning: username sent to Sentry as event property "win_user" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:98:30: note: 'getenv("USERNAME")' is a username (function 'getenv')
// CHECK: system-sources.cpp:99:3: warning: device identifier sent to Sentry as event property "computer" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:99:30: note: 'getenv("COMPUTERNAME")' is a device identifier (function 'getenv')
// CHECK: system-sources.cpp:100:3: warning: device identifier sent to Sentry as event property "hostname" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:100:30: note: 'getenv("HOSTNAME")' is a device identifier (function 'getenv')
// CHECK: system-sources.cpp:114:30: warning: username sent to Sentry as event property "user" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:114:7: note: the buffer filled by 'GetUserNameA' is a username (function 'GetUserNameA')
// CHECK: system-sources.cpp:120:40: warning: device identifier sent to Sentry as event property "computer" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:120:7: note: the buffer filled by 'GetComputerNameA' is a device identifier (function 'GetComputerNameA')
// CHECK: system-sources.cpp:126:5: warning: device identifier sent to Sentry as event property "fqdn" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:125:7: note: the buffer filled by 'GetComputerNameExA' is a device identifier (function 'GetComputerNameExA')
// CHECK: system-sources.cpp:131:5: warning: username sent to Sentry as event property "env_user" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:130:7: note: the buffer filled by 'GetEnvironmentVariableA' is a username (function 'GetEnvironmentVariableA')
// CHECK: system-sources.cpp:149:3: warning: device identifier sent to Sentry as event property "host" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:149:26: note: the result of 'QSysInfo::machineHostName' is a device identifier (function 'QSysInfo::machineHostName')
// CHECK: system-sources.cpp:151:3: warning: device identifier sent to Sentry as event property "machine" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:150:19: note: the result of 'QSysInfo::machineUniqueId' is a device identifier (function 'QSysInfo::machineUniqueId')
// CHECK: system-sources.cpp:150:14: note: assigned to 'id'
// CHECK: system-sources.cpp:152:3: warning: device identifier sent to Sentry as event property "boot" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:152:26: note: the result of 'QSysInfo::bootUniqueId' is a device identifier (function 'QSysInfo::bootUniqueId')
// CHECK: system-sources.cpp:154:3: warning: device identifier sent to Sentry as event property "label" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:153:40: note: the result of 'QHostInfo::localHostName' is a device identifier (function 'QHostInfo::localHostName')
// CHECK: system-sources.cpp:153:11: note: assigned to 'label'
// CHECK: system-sources.cpp:156:3: warning: device identifier sent to Sentry as event property "joined" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:155:30: note: the result of 'QHostInfo::localHostName' is a device identifier (function 'QHostInfo::localHostName')
// CHECK: system-sources.cpp:155:11: note: assigned to 'joined'
// CHECK: system-sources.cpp:170:3: warning: device identifier sent to Sentry as event property "machine_id" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:167:17: note: 'in("/etc/machine-id")' is a device identifier (function 'std::basic_ifstream::basic_ifstream')
// CHECK: system-sources.cpp:167:17: note: assigned to 'in'
// CHECK: system-sources.cpp:169:3: note: written to 'id'
// CHECK: system-sources.cpp:173:39: warning: device identifier sent to Sentry as event property "dbus_id" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: system-sources.cpp:171:13: note: 'fopen("/var/lib/dbus/machine-id", "r")' is a device identifier (function 'fopen')
// CHECK: system-sources.cpp:171:9: note: assigned to 'f'
// CHECK: system-sources.cpp:173:12: note: written to 'buf'
