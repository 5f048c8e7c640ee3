// Stub of Firebase Crashlytics for C++ for piiflow tests: declarations written from the shapes of
// crashlytics/src/cpp/include/firebase/crashlytics.h (firebase/firebase-unity-sdk); shapes only,
// not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_CRASHLYTICS_H_
#define PIIFLOW_STUB_FIREBASE_CRASHLYTICS_H_

#include <vector>

#include "firebase/app.h"

namespace firebase {
namespace crashlytics {

struct Frame {
  const char* library;
  const char* symbol;
  const char* fileName;
  const char* lineNumber;
};

class Crashlytics {
 public:
  ~Crashlytics();
  static Crashlytics* GetInstance(App* app);
  void Log(const char* message);
  void SetCustomKey(const char* key, const char* value);
  void SetUserId(const char* id);
  void LogException(const char* name, const char* reason, std::vector<Frame> frames);
  void LogExceptionAsFatal(const char* name, const char* reason, std::vector<Frame> frames);
  bool IsCrashlyticsCollectionEnabled();
  void SetCrashlyticsCollectionEnabled(bool enabled);
};

}  // namespace crashlytics
}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_CRASHLYTICS_H_
