// Stub of Unreal Engine 5.x core types for piiflow tests: declarations written
// from the real headers Engine/Source/Runtime/Core/Public/CoreMinimal.h,
// Containers/UnrealString.h, Containers/Array.h, Templates/SharedPointer.h,
// HAL/Platform.h (public mirror unicorn2022/UE5.8.0, 5d9a05c); shapes only,
// not the engine's code.  Only what piiflow tests use: TCHAR/TEXT, the
// integer typedefs, FString, TArray, TSharedPtr, MoveTemp/Forward.  TCHAR is
// wchar_t here (as on Windows).  Trivial inline bodies so test programs can
// construct objects.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

typedef uint8_t uint8;
typedef uint16_t uint16;
typedef uint32_t uint32;
typedef uint64_t uint64;
typedef int8_t int8;
typedef int16_t int16;
typedef int32_t int32;
typedef int64_t int64;
typedef char ANSICHAR;
typedef wchar_t WIDECHAR;
typedef WIDECHAR TCHAR;

#define TEXT(x) L##x

template <typename T> constexpr std::remove_reference_t<T> &&MoveTemp(T &&Obj) { return static_cast<std::remove_reference_t<T> &&>(Obj); }
template <typename T> constexpr T &&Forward(std::remove_reference_t<T> &Obj) { return static_cast<T &&>(Obj); }
template <typename T> constexpr T &&Forward(std::remove_reference_t<T> &&Obj) { return static_cast<T &&>(Obj); }

class FDefaultAllocator {};

class FString {
public:
  FString() = default;
  FString(const TCHAR *Str) : Data(Str ? Str : L"") {}
  FString(const ANSICHAR *Str);
  FString(const FString &) = default;
  FString(FString &&) = default;
  FString &operator=(const FString &) = default;
  FString &operator=(FString &&) = default;
  FString &operator=(const TCHAR *Str) { Data = Str; return *this; }

  // The character data.
  const TCHAR *operator*() const { return Data.c_str(); }

  bool IsEmpty() const { return Data.empty(); }
  int32 Len() const { return static_cast<int32>(Data.size()); }

  FString &Append(const FString &Text) { Data += Text.Data; return *this; }
  FString &Append(const TCHAR *Text) { Data += Text; return *this; }
  FString &operator+=(const FString &Str) { Data += Str.Data; return *this; }
  FString &operator+=(const TCHAR *Str) { Data += Str; return *this; }
  FString &operator+=(TCHAR Ch) { Data += Ch; return *this; }

  friend FString operator+(const FString &Lhs, const FString &Rhs) { FString R(Lhs); R += Rhs; return R; }
  friend FString operator+(const FString &Lhs, const TCHAR *Rhs) { FString R(Lhs); R += Rhs; return R; }
  friend FString operator+(const TCHAR *Lhs, const FString &Rhs) { FString R(Lhs); R += Rhs; return R; }

  bool operator==(const FString &Other) const { return Data == Other.Data; }
  bool operator!=(const FString &Other) const { return Data != Other.Data; }

  FString ToLower() const;
  FString ToUpper() const;
  FString TrimStartAndEnd() const;
  FString Left(int32 Count) const;
  FString Right(int32 Count) const;
  FString Mid(int32 Start, int32 Count) const;
  bool Contains(const TCHAR *SubStr) const;

  template <typename... Types> static FString Printf(const TCHAR *Fmt, Types... Args);
  static FString FromInt(int32 Num);
  static FString SanitizeFloat(double InFloat);

private:
  std::wstring Data;
};

template <typename InElementType, typename InAllocatorType = FDefaultAllocator>
class TArray {
public:
  typedef InElementType ElementType;

  TArray() = default;
  TArray(std::initializer_list<InElementType> InitList) : Data(InitList) {}
  TArray(const TArray &) = default;
  TArray(TArray &&) = default;
  TArray &operator=(const TArray &) = default;
  TArray &operator=(TArray &&) = default;

  int32 Num() const { return static_cast<int32>(Data.size()); }
  bool IsEmpty() const { return Data.empty(); }

  int32 Add(const ElementType &Item) { Data.push_back(Item); return Num() - 1; }
  int32 Add(ElementType &&Item) { Data.push_back(MoveTemp(Item)); return Num() - 1; }
  int32 AddUnique(const ElementType &Item);
  void Push(const ElementType &Item) { Data.push_back(Item); }
  template <typename... ArgsType> int32 Emplace(ArgsType &&...Args) {
    Data.emplace_back(Forward<ArgsType>(Args)...);
    return Num() - 1;
  }
  void Append(const TArray &Source) { Data.insert(Data.end(), Source.Data.begin(), Source.Data.end()); }

  void RemoveAt(int32 Index);
  void Empty(int32 Slack = 0) { Data.clear(); }
  void Reset(int32 NewSize = 0) { Data.clear(); }
  void Reserve(int32 Number) { Data.reserve(static_cast<size_t>(Number)); }

  ElementType &operator[](int32 Index) { return Data[static_cast<size_t>(Index)]; }
  const ElementType &operator[](int32 Index) const { return Data[static_cast<size_t>(Index)]; }

  ElementType *begin() { return Data.data(); }
  ElementType *end() { return Data.data() + Data.size(); }
  const ElementType *begin() const { return Data.data(); }
  const ElementType *end() const { return Data.data() + Data.size(); }

private:
  std::vector<ElementType> Data;
};

template <class ObjectType>
class TSharedPtr {
public:
  TSharedPtr() = default;
  TSharedPtr(decltype(nullptr)) {}
  explicit TSharedPtr(ObjectType *InObject) : Ptr(InObject) {}
  template <class OtherType> TSharedPtr(const TSharedPtr<OtherType> &Other) : Ptr(Other.Ptr) {}

  bool IsValid() const { return Ptr != nullptr; }
  explicit operator bool() const { return IsValid(); }
  ObjectType *Get() const { return Ptr.get(); }
  ObjectType *operator->() const { return Ptr.get(); }
  ObjectType &operator*() const { return *Ptr; }
  void Reset() { Ptr.reset(); }

private:
  template <class OtherType> friend class TSharedPtr;
  std::shared_ptr<ObjectType> Ptr;
};

