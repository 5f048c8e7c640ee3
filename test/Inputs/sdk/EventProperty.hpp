// Stub of Microsoft 1DS C++ SDK (cpp_client_telemetry) v3.10.173.1 public API
// for piiflow tests: declarations written from the real header
// lib/include/public/EventProperty.hpp (microsoft/cpp_client_telemetry, checked at main
// 42cc8e55 = v3.10.173.1+26, whose API matches tag v3.10.173.1); shapes
// only, not the SDK's code.
#ifndef PIIFLOW_STUB_MAT_EVENTPROPERTY_HPP
#define PIIFLOW_STUB_MAT_EVENTPROPERTY_HPP

#include "ctmacros.hpp"
#include "Enums.hpp"

#include <cstdint>
#include <ctime>
#include <initializer_list>
#include <string>
#include <vector>

namespace MAT_NS_BEGIN
{
    // .NET-style ticks.
    struct MATSDK_LIBABI time_ticks_t
    {
        uint64_t ticks;
        time_ticks_t() : ticks(0) {}
        time_ticks_t(uint64_t raw) : ticks(raw) {}
        time_ticks_t(const std::time_t* time);
    };

    struct MATSDK_LIBABI GUID_t
    {
        uint32_t Data1;
        uint16_t Data2;
        uint16_t Data3;
        uint8_t Data4[8];
        GUID_t() : Data1(0), Data2(0), Data3(0), Data4{} {}
        GUID_t(const char* guid_string);
        GUID_t(const uint8_t guid_bytes[16], bool bigEndian = false);
        GUID_t(int d1, int d2, int d3, const std::initializer_list<uint8_t>& v);
        std::string to_string() const;
        bool operator==(GUID_t const& other) const;
        bool operator<(GUID_t const& other) const;
    };

    // One event property value with its PII kind and data category.
    struct MATSDK_LIBABI EventProperty
    {
        enum
        {
            TYPE_STRING,
            TYPE_INT64,
            TYPE_DOUBLE,
            TYPE_TIME,
            TYPE_BOOLEAN,
            TYPE_GUID,
            TYPE_INT64_ARRAY,
            TYPE_DOUBLE_ARRAY,
            TYPE_GUID_ARRAY,
            TYPE_STRING_ARRAY
        } type;
        PiiKind piiKind;
        DataCategory dataCategory = DataCategory_PartC;

        EventProperty(const EventProperty& source);
        EventProperty(EventProperty&& source);
        bool operator==(const EventProperty& source) const;
        EventProperty& operator=(const EventProperty& source);
        EventProperty& operator=(const std::string& value);
        EventProperty& operator=(const char* value);
        EventProperty& operator=(int64_t value);
        EventProperty& operator=(int8_t value);
        EventProperty& operator=(int16_t value);
        EventProperty& operator=(int32_t value);
        EventProperty& operator=(uint8_t value);
        EventProperty& operator=(uint16_t value);
        EventProperty& operator=(uint32_t value);
        EventProperty& operator=(uint64_t value);
        EventProperty& operator=(const std::vector<int64_t>& value);
        EventProperty& operator=(const std::vector<double>& value);
        EventProperty& operator=(const std::vector<GUID_t>& value);
        EventProperty& operator=(const std::vector<std::string>& value);
        EventProperty& operator=(double value);
        EventProperty& operator=(bool value);
        EventProperty& operator=(time_ticks_t value);
        EventProperty& operator=(GUID_t value);

        virtual ~EventProperty();
        EventProperty();
        EventProperty(const char* value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(const std::string& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(int64_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(double value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(time_ticks_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(bool value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(GUID_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(int8_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(int16_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(int32_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(uint8_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(uint16_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(uint32_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(uint64_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(std::vector<int64_t>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(std::vector<double>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(std::vector<GUID_t>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        EventProperty(std::vector<std::string>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);

        bool empty();
        std::string to_string() const;
    };
} MAT_NS_END

#endif
