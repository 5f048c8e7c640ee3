// Stub of Microsoft 1DS C++ SDK (cpp_client_telemetry) v3.10.173.1 public API
// for piiflow tests: declarations written from the real header
// lib/include/public/EventProperties.hpp (microsoft/cpp_client_telemetry, checked at main
// 42cc8e55 = v3.10.173.1+26, whose API matches tag v3.10.173.1); shapes
// only, not the SDK's code.
#ifndef PIIFLOW_STUB_MAT_EVENTPROPERTIES_HPP
#define PIIFLOW_STUB_MAT_EVENTPROPERTIES_HPP

#include "ctmacros.hpp"
#include "Enums.hpp"
#include "EventProperty.hpp"

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace MAT_NS_BEGIN
{
    struct EventPropertiesStorage;

    // An event: its name, its properties (each with a PiiKind) and options.
    class MATSDK_LIBABI EventProperties
    {
    public:
        EventProperties(const std::string& name, uint8_t diagnosticLevel);
        EventProperties(const std::string& name);
        EventProperties();
        EventProperties(EventProperties const& copy);
        EventProperties& operator=(EventProperties const& copy);
        EventProperties(EventProperties&& move) noexcept;
        EventProperties& operator=(EventProperties&& move) noexcept;
        EventProperties(const std::string& name, const std::map<std::string, EventProperty>& properties);
        EventProperties& operator+=(const std::map<std::string, EventProperty>& properties);
        EventProperties& operator=(const std::map<std::string, EventProperty>& properties);
        EventProperties(const std::string& name, std::initializer_list<std::pair<std::string const, EventProperty>> properties);
        EventProperties& operator=(std::initializer_list<std::pair<std::string const, EventProperty>> properties);

        bool SetName(const std::string& name);
        const std::string& GetName() const;
        bool SetType(const std::string& recordType);
        const std::string& GetType() const;
        void SetTimestamp(int64_t timestampInEpochMillis);
        int64_t GetTimestamp() const;
        void SetPriority(EventPriority priority);
        EventPriority GetPriority() const;
        void SetLatency(EventLatency latency);
        EventLatency GetLatency() const;
        void SetPersistence(EventPersistence persistence);
        EventPersistence GetPersistence() const;
        void SetPopsample(double popSample);
        double GetPopSample() const;
        void SetPolicyBitFlags(uint64_t policyBitFlags);
        uint64_t GetPolicyBitFlags() const;
        void SetLevel(uint8_t level);
        std::tuple<bool, uint8_t> TryGetLevel() const;

        // SetProperty(name, value, piiKind = PiiKind_None, category = PartC).
        void SetProperty(const std::string& name, EventProperty value);
        void SetProperty(const std::string& name, char const* value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, const std::string& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, double value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, int64_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, bool value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, time_ticks_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, GUID_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, int8_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, int16_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, int32_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, uint8_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, uint16_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, uint32_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, uint64_t value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, std::vector<std::string>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, std::vector<GUID_t>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, std::vector<double>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);
        void SetProperty(const std::string& name, std::vector<int64_t>& value, PiiKind piiKind = PiiKind_None, DataCategory category = DataCategory_PartC);

        const std::map<std::string, EventProperty>& GetProperties(DataCategory category = DataCategory_PartC) const;
        const std::map<std::string, std::pair<std::string, PiiKind>> GetPiiProperties(DataCategory category = DataCategory_PartC) const;
        size_t erase(const std::string& key, DataCategory category = DataCategory_PartC);
        virtual ~EventProperties() noexcept;

    private:
        EventPropertiesStorage* m_storage;
    };
} MAT_NS_END

#endif
