// The analysis budget: each block of a function is visited at most 16 times on the way to the
// fixpoint. A function that needs more (here a chain of copies around a loop, one step per
// visit) is reported from the states reached, and both front ends say so at the function with a
// remark; SARIF carries it as a notification. A shorter chain reaches the fixpoint in budget.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error|remark}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error|remark}}:"
// RUN: %expect-exit 1 %piiflow --format=sarif %s -- %cxxflags > %t.sarif
// RUN: FileCheck --check-prefix=SARIF %s --input-file=%t.sarif

#include "analytics.hpp"
#include <string>

struct User {
  std::string email;
};

// Over budget: twenty copies, one step a visit.
void relayFar(segment::analytics::Analytics &analytics, const User &user, int rounds) {
  std::string a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18,
      a19, a20;
  for (int i = 0; i < rounds; ++i) {
    a20 = a19; a19 = a18; a18 = a17; a17 = a16; a16 = a15; a15 = a14; a14 = a13; a13 = a12;
    a12 = a11; a11 = a10; a10 = a9; a9 = a8; a8 = a7; a7 = a6; a6 = a5; a5 = a4; a4 = a3;
    a3 = a2; a2 = a1; a1 = a0; a0 = user.email;
  }
  analytics.Track("anonymous", "Relayed", {{"value", a20}});
}

// Within budget: four copies; the email reaches the call and is reported.
void relayNear(segment::analytics::Analytics &analytics, const User &user, int rounds) {
  std::string a0, a1, a2, a3, a4;
  for (int i = 0; i < rounds; ++i) {
    a4 = a3; a3 = a2; a2 = a1; a1 = a0; a0 = user.email;
  }
  analytics.Track("anonymous", "Relayed", {{"value", a4}});
}

// CHECK: analysis-budget.cpp:20:6: remark: the analysis of 'relayFar' stopped at its budget of 16 visits per block; its findings come from the states reached and may miss flows [privacy-pii-to-analytics]
// CHECK: analysis-budget.cpp:37:13: warning: email address sent to Segment as event property "value" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: analysis-budget.cpp:35:46: note: 'user.email' is an email address (field 'User::email')
// CHECK: analysis-budget.cpp:35:41: note: assigned to 'a0'
// CHECK: analysis-budget.cpp:35:32: note: assigned to 'a1'
// CHECK: analysis-budget.cpp:35:23: note: assigned to 'a2'
// CHECK: analysis-budget.cpp:35:14: note: assigned to 'a3'
// CHECK: analysis-budget.cpp:35:5: note: assigned to 'a4'
// CHECK: analysis-budget.cpp:37:44: note: stored under key "value"
// SARIF: "toolExecutionNotifications": [
// SARIF: "level": "note",
// SARIF: "text": "the analysis of 'relayFar' stopped at its budget of 16 visits per block; its findings come from the states reached and may miss flows"
// SARIF: "startLine": 20,
