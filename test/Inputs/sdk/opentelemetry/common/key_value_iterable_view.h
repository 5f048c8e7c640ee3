// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/common/key_value_iterable_view.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <type_traits>
#include <utility>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
namespace detail
{
// True for containers whose elements have ->first convertible to
// nostd::string_view and ->second convertible to AttributeValue
// (std::map<std::string, std::string>, std::vector<std::pair<...>>, ...).
template <class T, class = void>
struct is_key_value_iterable : std::false_type
{};
template <class T>
struct is_key_value_iterable<
    T,
    typename std::enable_if<
        std::is_convertible<decltype(std::begin(std::declval<const T &>())->first),
                            nostd::string_view>::value &&
        std::is_convertible<decltype(std::begin(std::declval<const T &>())->second),
                            common::AttributeValue>::value>::type> : std::true_type
{};
}  // namespace detail

// KeyValueIterable over a user container (no copy; the container must outlive
// the view).
template <class T>
class KeyValueIterableView final : public KeyValueIterable
{
public:
  explicit KeyValueIterableView(const T &container) noexcept : container_{&container} {}
  bool ForEachKeyValue(nostd::function_ref<bool(nostd::string_view, common::AttributeValue)>
                           callback) const noexcept override;
  size_t size() const noexcept override;

private:
  const T *container_;
};

template <class T, typename std::enable_if<detail::is_key_value_iterable<T>::value>::type * = nullptr>
KeyValueIterableView<T> MakeKeyValueIterableView(const T &container) noexcept;

// Helpers used with Logger::EmitLogRecord/Info/... to pass attributes.
nostd::span<const std::pair<nostd::string_view, common::AttributeValue>> MakeAttributes(
    std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
        attributes) noexcept;
nostd::span<const std::pair<nostd::string_view, common::AttributeValue>> MakeAttributes(
    nostd::span<const std::pair<nostd::string_view, common::AttributeValue>> attributes) noexcept;
const common::KeyValueIterable &MakeAttributes(const common::KeyValueIterable &attributes) noexcept;
template <class ArgumentType,
          typename std::enable_if<detail::is_key_value_iterable<ArgumentType>::value>::type * =
              nullptr>
common::KeyValueIterableView<ArgumentType> MakeAttributes(const ArgumentType &attributes) noexcept;
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
