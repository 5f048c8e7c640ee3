// Stub of bugsnag-unreal 2.0.0 public API for piiflow tests: declarations
// written from the real header Plugins/Bugsnag/Source/Bugsnag/Public/BugsnagSession.h
// (bugsnag/bugsnag-unreal, tag v2.0.0, checked against master 272eec4e);
// shapes only, not the SDK's code.  Unreal types come from the shared
// CoreMinimal.h stub plus Bugsnag/UnrealTypesForStubs.h.
#pragma once
#include "Bugsnag/UnrealTypesForStubs.h"
#include "BugsnagUser.h"

// The session handed to an OnSession callback.
class BUGSNAG_API IBugsnagSession {
 public:
  virtual ~IBugsnagSession() = default;
  virtual const FString GetId() const = 0;
  virtual void SetId(const FString&) = 0;
  virtual const FBugsnagUser GetUser() const = 0;
  // Order: id, email, name.
  virtual void SetUser(
      const TOptional<FString>& Id = TOptional<FString>(),
      const TOptional<FString>& Email = TOptional<FString>(),
      const TOptional<FString>& Name = TOptional<FString>()) = 0;
};
