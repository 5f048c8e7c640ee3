// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: declarations
// written from the real header app/src/include/firebase/log.h
// (firebase/firebase-cpp-sdk, tag v13.11.0, checked at c28b2519); shapes only,
// not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_LOG_H_
#define PIIFLOW_STUB_FIREBASE_LOG_H_

namespace firebase {

enum LogLevel {
  kLogLevelVerbose = 0,
  kLogLevelDebug,
  kLogLevelInfo,
  kLogLevelWarning,
  kLogLevelError,
  kLogLevelAssert,
};

}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_LOG_H_
