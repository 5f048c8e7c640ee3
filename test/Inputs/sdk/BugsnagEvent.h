// Stub of bugsnag-unreal 2.0.0 public API for piiflow tests: declarations
// written from the real header Plugins/Bugsnag/Source/Bugsnag/Public/BugsnagEvent.h (and BugsnagError.h)
// (bugsnag/bugsnag-unreal, tag v2.0.0, checked against master 272eec4e);
// shapes only, not the SDK's code.  Unreal types come from the shared
// CoreMinimal.h stub plus Bugsnag/UnrealTypesForStubs.h.
#pragma once
#include "Bugsnag/UnrealTypesForStubs.h"
#include "BugsnagBreadcrumb.h"
#include "BugsnagMetadataStore.h"
#include "BugsnagUser.h"

enum class EBugsnagSeverity : uint8 { Error, Warning, Info };

// From BugsnagError.h.
class BUGSNAG_API IBugsnagError {
 public:
  virtual ~IBugsnagError() = default;
  virtual FString GetErrorClass() const = 0;
  virtual void SetErrorClass(const FString&) = 0;
  virtual FString GetErrorMessage() const = 0;
  virtual void SetErrorMessage(const FString&) = 0;
};

// The event handed to an OnSendError / Notify callback (feature-flag store
// base omitted).
class BUGSNAG_API IBugsnagEvent : public virtual IBugsnagMetadataStore {
 public:
  virtual const TOptional<FString> GetContext() const = 0;
  virtual void SetContext(const TOptional<FString>&) = 0;
  virtual const TOptional<FString> GetGroupingHash() const = 0;
  virtual void SetGroupingHash(const TOptional<FString>&) = 0;
  virtual const TArray<TSharedRef<IBugsnagBreadcrumb>> GetBreadcrumbs() const = 0;
  virtual const TArray<TSharedRef<IBugsnagError>> GetErrors() const = 0;
  virtual const EBugsnagSeverity GetSeverity() const = 0;
  virtual void SetSeverity(EBugsnagSeverity) = 0;
  virtual const FBugsnagUser GetUser() const = 0;
  // Order: id, email, name.
  virtual void SetUser(
      const TOptional<FString>& Id = TOptional<FString>(),
      const TOptional<FString>& Email = TOptional<FString>(),
      const TOptional<FString>& Name = TOptional<FString>()) = 0;
};
