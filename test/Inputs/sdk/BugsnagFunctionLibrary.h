// Stub of bugsnag-unreal 2.0.0 public API for piiflow tests: declarations
// written from the real header Plugins/Bugsnag/Source/Bugsnag/Public/BugsnagFunctionLibrary.h
// (bugsnag/bugsnag-unreal, tag v2.0.0, checked against master 272eec4e);
// shapes only, not the SDK's code.  Unreal types come from the shared
// CoreMinimal.h stub plus Bugsnag/UnrealTypesForStubs.h.
#pragma once
#include "Bugsnag/UnrealTypesForStubs.h"
#include "BugsnagConfiguration.h"
#include "BugsnagUser.h"

// All members static.  The real typed AddMetadata overloads and the short
// Notify overloads are inline; here they are declarations.
UCLASS()
class BUGSNAG_API UBugsnagFunctionLibrary : public UBlueprintFunctionLibrary {
  GENERATED_BODY()

 public:
  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void Start(const FString& ApiKey);
  static void Start(const TSharedRef<FBugsnagConfiguration>& Configuration);

  // Error class, message.
  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void Notify(const FString& ErrorClass, const FString& Message);
  static void Notify(const FString& ErrorClass, const FString& Message, const FBugsnagOnErrorCallback& Callback);
  static void Notify(const FString& ErrorClass, const FString& Message, const TArray<uint64>& StackTrace);
  static void Notify(const FString& ErrorClass, const FString& Message, const TArray<uint64>& StackTrace,
                     const FBugsnagOnErrorCallback& Callback);
  static TArray<uint64> CaptureStackTrace();

  static const FString GetContext();
  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void SetContext(const FString& Context);

  static const FBugsnagUser GetUser();
  // Order: id, email, name.
  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void SetUser(const FString& Id = TEXT(""), const FString& Email = TEXT(""), const FString& Name = TEXT(""));

  static void AddMetadata(const FString& Section, const TSharedRef<FJsonObject>& Metadata);
  static void AddMetadata(const FString& Section, const FString& Key, const TSharedPtr<FJsonValue>& Value);
  static void AddMetadata(const FString& Section, const FString& Key, const FString& Value);
  static void AddMetadata(const FString& Section, const FString& Key, const TCHAR* Value);
  static void AddMetadata(const FString& Section, const FString& Key, const char* Value);
  static void AddMetadata(const FString& Section, const FString& Key, double Value);
  static void AddMetadata(const FString& Section, const FString& Key, float Value);
  static void AddMetadata(const FString& Section, const FString& Key, int8 Value);
  static void AddMetadata(const FString& Section, const FString& Key, int16 Value);
  static void AddMetadata(const FString& Section, const FString& Key, int32 Value);
  static void AddMetadata(const FString& Section, const FString& Key, int64 Value);
  static void AddMetadata(const FString& Section, const FString& Key, uint8 Value);
  static void AddMetadata(const FString& Section, const FString& Key, uint16 Value);
  static void AddMetadata(const FString& Section, const FString& Key, uint32 Value);
  static void AddMetadata(const FString& Section, const FString& Key, uint64 Value);
  static void AddMetadata(const FString& Section, const FString& Key, bool Value);
  static TSharedPtr<FJsonObject> GetMetadata(const FString& Section);
  static TSharedPtr<FJsonValue> GetMetadata(const FString& Section, const FString& Key);
  static void ClearMetadata(const FString& Section);
  static void ClearMetadata(const FString& Section, const FString& Key);

  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void LeaveBreadcrumb(const FString& Message, EBugsnagBreadcrumbType Type = EBugsnagBreadcrumbType::Manual);
  static void LeaveBreadcrumb(const FString& Message, const TSharedPtr<FJsonObject>& Metadata,
                              EBugsnagBreadcrumbType Type = EBugsnagBreadcrumbType::Manual);

  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void MarkLaunchCompleted();
  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void StartSession();
  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static void PauseSession();
  UFUNCTION(BlueprintCallable, Category = "Bugsnag")
  static bool ResumeSession();

  static void AddOnBreadcrumb(FBugsnagOnBreadcrumbCallback Callback);
  static void AddOnSession(FBugsnagOnSessionCallback Callback);
};
