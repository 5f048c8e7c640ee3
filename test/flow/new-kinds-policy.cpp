// The policy defaults of the kinds issue 22 added. A pseudonymous installation id (a random id
// kept per install) is reported wherever it goes, at its own lower severity: as the user's
// identity too, since it identifies the user across sessions; a project that accepts it says so
// with '<sdk>:user-identity=installation-id'. Coarse location (a city, a country) is off in the
// default policy, and "report=<kinds>" turns it on, in both front ends.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --check-prefixes=CHECK,IDENTITY --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --check-prefixes=CHECK,IDENTITY --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: %tidy %s --config="{CheckOptions: {Policy: 'report=coarse-location'}}" -- %cxxflags > %t.report.tidy
// RUN: %expect-exit 1 %piiflow --policy='report=coarse-location' %s -- %cxxflags > %t.report.tool
// RUN: FileCheck %s --check-prefixes=CHECK,IDENTITY,REPORT --input-file=%t.report.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --check-prefixes=CHECK,IDENTITY,REPORT --input-file=%t.report.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: %tidy %s --config="{CheckOptions: {Policy: '*:user-identity=installation-id'}}" -- %cxxflags > %t.allow.tidy
// RUN: %expect-exit 1 %piiflow --policy='*:user-identity=installation-id' %s -- %cxxflags > %t.allow.tool
// RUN: FileCheck %s --input-file=%t.allow.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.allow.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: not %piiflow --policy='report=' %s -- %cxxflags 2>&1 | FileCheck --check-prefix=BAD %s
// BAD: error: policy rule 'report=': expected report=<kind>[,<kind>...]
#include "analytics.hpp"
#include <countly.hpp>
#include <string>

// Positive by default, negative where the policy accepts it: a random id kept per install as the
// user's identity.
void identifyInstall(segment::analytics::Analytics &analytics, const std::string &installId) {
  analytics.Identify(installId);
}
// IDENTITY: new-kinds-policy.cpp:[[@LINE-2]]:13: warning: pseudonymous installation identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Identify' [privacy-pii-to-analytics]
// IDENTITY: new-kinds-policy.cpp:[[@LINE-3]]:22: note: 'installId' is a pseudonymous installation identifier (name 'installId')

// Positive: the same id as an event property, where no identity is asked for.
void trackInstall(segment::analytics::Analytics &analytics, const std::string &installId) {
  analytics.Track("anonymous", "Opened", {{"install", installId}});
}
// CHECK: new-kinds-policy.cpp:[[@LINE-2]]:13: warning: pseudonymous installation identifier sent to Segment as event property "install" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: new-kinds-policy.cpp:[[@LINE-3]]:55: note: 'installId' is a pseudonymous installation identifier (name 'installId')
// CHECK: new-kinds-policy.cpp:[[@LINE-4]]:43: note: stored under key "install"

// Negative by default: the user's city and country, coarse location.
void locate(const std::string &city, const std::string &userCountry) {
  cly::Countly::getInstance().setCity(city);
  cly::Countly::getInstance().setCountry(userCountry);
}
// REPORT: new-kinds-policy.cpp:[[@LINE-3]]:31: warning: coarse location sent to Countly as user trait in call to 'cly::Countly::setCity' [privacy-pii-to-analytics]
// REPORT: new-kinds-policy.cpp:[[@LINE-4]]:39: note: 'city' is coarse location (name 'city')
// REPORT: new-kinds-policy.cpp:[[@LINE-4]]:31: warning: coarse location sent to Countly as user trait in call to 'cly::Countly::setCountry' [privacy-pii-to-analytics]
// REPORT: new-kinds-policy.cpp:[[@LINE-5]]:42: note: 'userCountry' is coarse location (name 'userCountry')

// Negative under every policy: a country code and a city the app ships.
void locateConstant() {
  cly::Countly::getInstance().setCountry("de");
  cly::Countly::getInstance().setCity("Berlin");
}
