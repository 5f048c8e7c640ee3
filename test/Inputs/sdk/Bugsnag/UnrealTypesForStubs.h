// piiflow test helper for the bugsnag-unreal stubs (not an Unreal or Bugsnag
// header).  It includes the shared stub CoreMinimal.h (FString, TArray,
// TSharedPtr, TCHAR/TEXT, integer typedefs) and declares the other Unreal
// Engine 5 types the Bugsnag declarations need: TOptional
// (Misc/Optional.h), TSharedRef/MakeShared/MakeShareable
// (Templates/SharedPointer.h), TFunction (Templates/Function.h), FDateTime
// (Misc/DateTime.h), the Json module's FJsonObject/FJsonValue* (Dom/), the
// UObject reflection markers and UBlueprintFunctionLibrary.  Shapes only, not
// Epic's code.  Each block is skipped when CoreMinimal.h already defines the
// matching PIIFLOW_UE_HAS_* macro.
#ifndef PIIFLOW_STUB_BUGSNAG_UNREAL_TYPES_H
#define PIIFLOW_STUB_BUGSNAG_UNREAL_TYPES_H

#include "CoreMinimal.h"

#ifndef PIIFLOW_UE_HAS_TOPTIONAL
#define PIIFLOW_UE_HAS_TOPTIONAL
template <typename OptionalType>
class TOptional {
 public:
  TOptional();
  TOptional(const OptionalType& Value);
  bool IsSet() const;
  const OptionalType& GetValue() const;
  const OptionalType* operator->() const;
};
#endif

#ifndef PIIFLOW_UE_HAS_TSHAREDREF
#define PIIFLOW_UE_HAS_TSHAREDREF
template <class ObjectType>
class TSharedRef {
 public:
  TSharedRef(const TSharedRef& Other);
  template <class OtherType>
  TSharedRef(const TSharedRef<OtherType>& Other);
  ObjectType* operator->() const;
  ObjectType& Get() const;
  // The real TSharedPtr has a constructor from TSharedRef; the shared
  // CoreMinimal.h stub has not, so the conversion is declared here.
  template <class OtherType>
  operator TSharedPtr<OtherType>() const;
};

template <typename ObjectType, typename... ArgTypes>
TSharedRef<ObjectType> MakeShared(ArgTypes&&... Args);

template <class ObjectType>
TSharedPtr<ObjectType> MakeShareable(ObjectType* InObject);
#endif

#ifndef PIIFLOW_UE_HAS_TFUNCTION
#define PIIFLOW_UE_HAS_TFUNCTION
template <typename FuncType>
class TFunction;
template <typename Ret, typename... ParamTypes>
class TFunction<Ret(ParamTypes...)> {
 public:
  TFunction();
  TFunction(decltype(nullptr));
  template <typename FunctorType>
  TFunction(FunctorType&& InFunc) {}  // body: lambdas have no linkage
  Ret operator()(ParamTypes... Params) const;
};
#endif

#ifndef PIIFLOW_UE_HAS_FDATETIME
#define PIIFLOW_UE_HAS_FDATETIME
class FDateTime {
 public:
  static FDateTime UtcNow();
};
#endif

#ifndef PIIFLOW_UE_HAS_JSON
#define PIIFLOW_UE_HAS_JSON
class FJsonValue {
 public:
  virtual ~FJsonValue();
  virtual FString AsString() const;
};
class FJsonValueString : public FJsonValue {
 public:
  FJsonValueString(const FString& InString);
};
class FJsonValueNumber : public FJsonValue {
 public:
  FJsonValueNumber(double InNumber);
};
class FJsonValueBoolean : public FJsonValue {
 public:
  FJsonValueBoolean(bool InBool);
};
class FJsonObject {
 public:
  FJsonObject();
  void SetField(const FString& FieldName, const TSharedPtr<FJsonValue>& Value);
  void SetStringField(const FString& FieldName, const FString& StringValue);
  void SetNumberField(const FString& FieldName, double Number);
  void SetBoolField(const FString& FieldName, bool InValue);
  void RemoveField(const FString& FieldName);
  FString GetStringField(const FString& FieldName) const;
};
#endif

#ifndef UCLASS
#define UCLASS(...)
#endif
#ifndef UFUNCTION
#define UFUNCTION(...)
#endif
#ifndef GENERATED_BODY
#define GENERATED_BODY(...)
#endif

#ifndef PIIFLOW_UE_HAS_UBLUEPRINTFUNCTIONLIBRARY
#define PIIFLOW_UE_HAS_UBLUEPRINTFUNCTIONLIBRARY
class UBlueprintFunctionLibrary {};
#endif

#ifndef BUGSNAG_API
#define BUGSNAG_API
#endif

#endif  // PIIFLOW_STUB_BUGSNAG_UNREAL_TYPES_H
