// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: declarations
// written from the real header app/src/include/firebase/future.h
// (firebase/firebase-cpp-sdk, tag v13.11.0, checked at c28b2519); shapes only,
// not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_FUTURE_H_
#define PIIFLOW_STUB_FIREBASE_FUTURE_H_

namespace firebase {

enum FutureStatus {
  kFutureStatusComplete,
  kFutureStatusPending,
  kFutureStatusInvalid
};

class FutureBase {
 public:
  FutureBase() {}
  FutureStatus status() const;
  int error() const;
  const char* error_message() const;
};

template <typename ResultType>
class Future : public FutureBase {
 public:
  Future() {}
  const ResultType* result() const;
};

}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_FUTURE_H_
