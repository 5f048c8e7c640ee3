// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: declarations
// written from the real header app/src/include/firebase/app.h
// (firebase/firebase-cpp-sdk, tag v13.11.0, checked at c28b2519); shapes only,
// not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_APP_H_
#define PIIFLOW_STUB_FIREBASE_APP_H_

namespace firebase {

class AppOptions {
 public:
  AppOptions() {}
  void set_app_id(const char* id);
  void set_api_key(const char* key);
  void set_project_id(const char* project);
};

class App {
 public:
  ~App() {}
  static App* Create();
  static App* Create(const AppOptions& options);
  static App* Create(const AppOptions& options, const char* name);
  static App* GetInstance();
  const char* name() const;
};

}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_APP_H_
