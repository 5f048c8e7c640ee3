// Stub of bugsnag-unreal 2.0.0 public API for piiflow tests: declarations
// written from the real header Plugins/Bugsnag/Source/Bugsnag/Public/BugsnagUser.h
// (bugsnag/bugsnag-unreal, tag v2.0.0, checked against master 272eec4e);
// shapes only, not the SDK's code.  Unreal types come from the shared
// CoreMinimal.h stub plus Bugsnag/UnrealTypesForStubs.h.
#pragma once
#include "Bugsnag/UnrealTypesForStubs.h"

class BUGSNAG_API FBugsnagUser {
 public:
  FBugsnagUser();
  FBugsnagUser(const FBugsnagUser& User);
  // Order: id, email, name.
  FBugsnagUser(const TOptional<FString>& Id, const TOptional<FString>& Email,
               const TOptional<FString>& Name);

  const TOptional<FString>& GetId() const;
  const TOptional<FString>& GetEmail() const;
  const TOptional<FString>& GetName() const;
  bool IsEmpty() const;

 private:
  TOptional<FString> Id;
  TOptional<FString> Email;
  TOptional<FString> Name;
};
