// Stub of bugsnag-unreal 2.0.0 public API for piiflow tests: declarations
// written from the real header Plugins/Bugsnag/Source/Bugsnag/Public/BugsnagBreadcrumb.h
// (bugsnag/bugsnag-unreal, tag v2.0.0, checked against master 272eec4e);
// shapes only, not the SDK's code.  Unreal types come from the shared
// CoreMinimal.h stub plus Bugsnag/UnrealTypesForStubs.h.
#pragma once
#include "Bugsnag/UnrealTypesForStubs.h"

enum class EBugsnagBreadcrumbType : uint8 { Manual, Error, Log, Navigation, Process, Request, State, User };

// The breadcrumb handed to an OnBreadcrumb callback; it may be edited there.
class BUGSNAG_API IBugsnagBreadcrumb {
 public:
  virtual ~IBugsnagBreadcrumb() = default;
  virtual const FDateTime GetTimestamp() const = 0;
  virtual const FString GetMessage() const = 0;
  virtual void SetMessage(const FString&) = 0;
  virtual EBugsnagBreadcrumbType GetType() const = 0;
  virtual void SetType(EBugsnagBreadcrumbType) = 0;
  virtual TSharedPtr<FJsonObject> GetMetadata() const = 0;
  virtual void SetMetadata(const TSharedPtr<FJsonObject>&) = 0;
};
