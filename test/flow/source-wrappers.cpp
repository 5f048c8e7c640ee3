// A project's wrapper of a conditional source: getenv(name) inside `env(name)` gives a credential
// only where the caller's literal names one (*_TOKEN, *_PASSWORD, ...). The wrapper itself reports
// nothing; each call is judged by its own literal. Negatives: the same wrapper reading a variable
// whose name says nothing personal, and a name computed at run time.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <cstdlib>
#include <sentry.h>
#include <string>

static std::string env(const char *name) {
  const char *value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

// Positive: the CI token through the wrapper.
void tagCredentials() {
  sentry_set_tag("ci", env("GITHUB_TOKEN").c_str());
}
// CHECK: source-wrappers.cpp:[[@LINE-2]]:3: warning: credential or secret sent to Sentry as event property "ci" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: source-wrappers.cpp:[[@LINE-9]]:23: note: the value of 'GITHUB_TOKEN' read by 'env' is a credential or secret (function 'getenv')
// CHECK: source-wrappers.cpp:[[@LINE-10]]:15: note: assigned to 'value'
// CHECK: source-wrappers.cpp:[[@LINE-5]]:24: note: returned by 'env'

// Negative: the build's channel through the same wrapper; a name computed at run time.
void tagChannel(const std::string &variable) {
  sentry_set_tag("channel", env("RELEASE_CHANNEL").c_str());
  sentry_set_tag("setting", env(variable.c_str()).c_str());
}
