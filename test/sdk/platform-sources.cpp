// Platform sources of identity and typed text: the Steam ID and persona name (Steamworks), the
// Windows user name in any format (GetUserNameEx) and adapters' MAC addresses
// (GetAdaptersAddresses), systemd's machine id, Qt's interface MAC address and the text of line
// edits, text edits and input dialogs, and environment variables whose literal name says
// credential. Each positive flows into sentry_set_tag; each negative beside it sends something
// else from the same API, or keeps the data local.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %s %t.tool.cpp
#include <QtNetwork/QNetworkInterface>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <iphlpapi.h>
#include <secext.h>
#include <sentry.h>
#include <steam/steam_api.h>
#include <stdlib.h>
#include <string>
#include <systemd/sd-id128.h>

// Positive: the Steam ID, as a number and as text; the persona name.
void tagSteam() {
  CSteamID self = SteamUser()->GetSteamID();
  sentry_set_tag("steam", std::to_string(self.ConvertToUint64()).c_str());
  sentry_set_tag("account", std::to_string(SteamUser()->GetSteamID().GetAccountID()).c_str());
  sentry_set_tag("persona", SteamFriends()->GetPersonaName());
}
// CHECK: platform-sources.cpp:[[@LINE-4]]:3: warning: user identifier sent to Sentry as event property "steam" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-6]]:19: note: the result of 'ISteamUser::GetSteamID' is a user identifier (function 'ISteamUser::GetSteamID')
// CHECK: platform-sources.cpp:[[@LINE-7]]:12: note: assigned to 'self'
// CHECK: platform-sources.cpp:[[@LINE-6]]:3: warning: user identifier sent to Sentry as event property "account" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-7]]:44: note: the result of 'ISteamUser::GetSteamID' is a user identifier (function 'ISteamUser::GetSteamID')
// CHECK: platform-sources.cpp:[[@LINE-7]]:3: warning: username sent to Sentry as event property "persona" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-8]]:29: note: the result of 'ISteamFriends::GetPersonaName' is a username (function 'ISteamFriends::GetPersonaName')

// Negative: the Steam level and whether the user is logged on.
void tagSteamLevel() {
  sentry_set_tag("level", std::to_string(SteamUser()->GetPlayerSteamLevel()).c_str());
  sentry_set_tag("online", SteamUser()->BLoggedOn() ? "yes" : "no");
}

// Positive: the signed-in user's principal name; a MAC address; systemd's machine id.
void tagWindowsAndSystemd() {
  wchar_t upn[256];
  ULONG size = 256;
  GetUserNameExW(NameUserPrincipal, upn, &size);
  char text[512];
  WideCharToMultiByte(CP_UTF8, 0, upn, -1, text, sizeof text, nullptr, nullptr);
  sentry_set_tag("upn", text);
  IP_ADAPTER_ADDRESSES adapters[16];
  ULONG length = sizeof adapters;
  GetAdaptersAddresses(AF_UNSPEC, 0, nullptr, adapters, &length);
  sentry_set_tag("mac", reinterpret_cast<const char *>(adapters->PhysicalAddress));
  sd_id128_t machine;
  sd_id128_get_machine(&machine);
  char machine_text[SD_ID128_STRING_MAX];
  sentry_set_tag("machine", sd_id128_to_string(machine, machine_text));
}
// CHECK: platform-sources.cpp:[[@LINE-10]]:3: warning: username sent to Sentry as event property "upn" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-14]]:3: note: the buffer filled by 'GetUserNameExW' is a username (function 'GetUserNameExW')
// CHECK: platform-sources.cpp:[[@LINE-13]]:3: note: written to 'text' by 'WideCharToMultiByte'
// CHECK: platform-sources.cpp:[[@LINE-9]]:3: warning: device identifier sent to Sentry as event property "mac" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-11]]:3: note: the 'PhysicalAddress' of 'GetAdaptersAddresses' is a device identifier (function 'GetAdaptersAddresses')
// CHECK: platform-sources.cpp:[[@LINE-7]]:3: warning: device identifier sent to Sentry as event property "machine" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-10]]:3: note: the buffer filled by 'sd_id128_get_machine' is a device identifier (function 'sd_id128_get_machine')

// Negative: an adapter's MTU, and a random id.
void tagAdapterMtu() {
  IP_ADAPTER_ADDRESSES adapters[16];
  ULONG length = sizeof adapters;
  GetAdaptersAddresses(AF_UNSPEC, 0, nullptr, adapters, &length);
  sentry_set_tag("mtu", std::to_string(adapters->Mtu).c_str());
  sd_id128_t session;
  sd_id128_randomize(&session);
  char session_text[SD_ID128_STRING_MAX];
  sentry_set_tag("session", sd_id128_to_string(session, session_text));
}

// Positive: a MAC address from Qt, and what the user typed into a line edit, a text edit and an
// input dialog.
void tagQt(const QNetworkInterface &nic, const QLineEdit &search, const QPlainTextEdit &notes) {
  sentry_set_tag("nic", nic.hardwareAddress().toStdString().c_str());
  sentry_set_tag("query", search.text().toUtf8().constData());
  sentry_set_tag("notes", notes.toPlainText().toStdString().c_str());
  QString answer = QInputDialog::getText(nullptr, "Feedback", "What went wrong?");
  sentry_set_tag("answer", answer.toStdString().c_str());
}
// CHECK: platform-sources.cpp:[[@LINE-6]]:3: warning: device identifier sent to Sentry as event property "nic" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-7]]:25: note: the result of 'QNetworkInterface::hardwareAddress' is a device identifier (function 'QNetworkInterface::hardwareAddress')
// CHECK: platform-sources.cpp:[[@LINE-7]]:3: warning: free text written by the user sent to Sentry as event property "query" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-8]]:27: note: the result of 'QLineEdit::text' is free text written by the user (function 'QLineEdit::text')
// CHECK: platform-sources.cpp:[[@LINE-8]]:3: warning: free text written by the user sent to Sentry as event property "notes" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-9]]:27: note: the result of 'QPlainTextEdit::toPlainText' is free text written by the user (function 'QPlainTextEdit::toPlainText')
// CHECK: platform-sources.cpp:[[@LINE-8]]:3: warning: free text written by the user sent to Sentry as event property "answer" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-10]]:20: note: the result of 'QInputDialog::getText' is free text written by the user (function 'QInputDialog::getText')
// CHECK: platform-sources.cpp:[[@LINE-11]]:11: note: assigned to 'answer'

// Negative: the interface's name, the placeholder of the line edit, the document title.
void tagQtLabels(const QNetworkInterface &nic, const QLineEdit &search, const QPlainTextEdit &notes) {
  sentry_set_tag("nic", nic.humanReadableName().toStdString().c_str());
  sentry_set_tag("hint", search.placeholderText().toStdString().c_str());
  sentry_set_tag("title", notes.documentTitle().toStdString().c_str());
}

// Positive: environment variables whose name says credential.
void tagSecrets() {
  sentry_set_tag("token", getenv("GITHUB_TOKEN"));
  sentry_set_tag("key", getenv("STRIPE_API_KEY"));
}
// CHECK: platform-sources.cpp:[[@LINE-3]]:3: warning: credential or secret sent to Sentry as event property "token" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-4]]:27: note: 'getenv("GITHUB_TOKEN")' is a credential or secret (function 'getenv')
// CHECK: platform-sources.cpp:[[@LINE-4]]:3: warning: credential or secret sent to Sentry as event property "key" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: platform-sources.cpp:[[@LINE-5]]:25: note: 'getenv("STRIPE_API_KEY")' is a credential or secret (function 'getenv')

// Negative: variables whose names say nothing personal, even with a credential word inside.
void tagEnvironment() {
  sentry_set_tag("level", getenv("LOG_LEVEL"));
  sentry_set_tag("budget", getenv("TOKEN_BUDGET"));
  sentry_set_tag("path", getenv("PATH"));
}
