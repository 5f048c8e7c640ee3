//===--- ModelsTest.cpp - Unit tests of lib/Models.cpp ---------------------------------------===//
//
// The bundled models load; malformed models are rejected with the file, line and column of the
// offending field; unknown fields, roles and kinds are errors.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Models.h"
#include "piiflow/Policy.h"
#include <gtest/gtest.h>

using namespace piiflow;

namespace {

std::string errorOf(llvm::StringRef Text) {
  auto M = ModelCatalog::parse(Text, "m.json");
  if (M)
    return "";
  return llvm::toString(M.takeError());
}

TEST(ModelsTest, BundledModelsLoad) {
  auto Catalog = ModelCatalog::load({PIIFLOW_TEST_MODELS_DIR});
  ASSERT_TRUE(static_cast<bool>(Catalog)) << llvm::toString(Catalog.takeError());
  std::vector<std::string> Ids;
  for (const auto &Sdk : Catalog->sdks())
    Ids.push_back(Sdk->Id);
  for (const char *Expected : {"segment", "mixpanel", "firebase-analytics", "sentry-native"})
    EXPECT_NE(std::find(Ids.begin(), Ids.end(), Expected), Ids.end()) << Expected;
  auto Track = Catalog->sinksNamed("segment::analytics::Analytics::Track");
  ASSERT_EQ(Track.size(), 2u);
  EXPECT_EQ(Track[0].Sdk->Vendor, "Segment");
  EXPECT_EQ(Track[0].Sink->Args[0].Role, ArgRole::UserIdentity);
  EXPECT_EQ(Track[0].Sink->Args[2].Role, ArgRole::Properties);
  EXPECT_TRUE(Catalog->mentionsSinkName("LogEvent"));
  EXPECT_NE(Catalog->entryConstructorNamed("firebase::analytics::Parameter"), nullptr);
  EXPECT_NE(Catalog->bagInserterNamed("sentry_value_set_by_key"), nullptr);
  EXPECT_NE(Catalog->bagTypeNamed("std::map"), nullptr);
}

TEST(ModelsTest, ParsesAllSections) {
  auto M = ModelCatalog::parse(R"({
    "sdk": "acme", "vendor": "Acme",
    "sinks": [{"function": "acme::Send", "arity": 2, "args": [
       {"index": 0, "role": "event-name"},
       {"index": 1, "role": "property-value", "key": 0, "kind": "email"}]}],
    "bagInserters": [{"function": "acme::Put", "bag": 0, "key": 1, "value": 2}],
    "bagTypes": [{"type": "acme::Bag", "keyedSubscript": true,
                  "inserters": [{"method": "add", "key": 0, "value": 1}], "erasers": ["remove"]}],
    "propagators": [{"function": "acme::Str::c", "from": ["this"]}],
    "sources": [{"function": "acme::Who", "kind": "username"}]
  })", "acme.json");
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(M->Sinks[0].Arity, 2u);
  EXPECT_EQ(M->Sinks[0].Args[1].KeyArg, 0);
  EXPECT_EQ(M->Sinks[0].Args[1].Kind, DataKind::Email);
  EXPECT_EQ(M->Propagators[0].From[0], ThisArg);
  EXPECT_EQ(M->BagTypes[0].Inserters[0].KeyArg, 0);
  EXPECT_EQ(M->Sources[0].Kind, DataKind::Username);
}

TEST(ModelsTest, ParsesMarkersBuildersAndConditionalSources) {
  auto M = ModelCatalog::parse(R"({
    "sdk": "acme", "vendor": "Acme",
    "sinks": [{"function": "acme::SetUserId", "args": [
       {"index": 0, "role": "user-identity", "kindArg": 1,
        "enumKinds": {"Pii_None": "none", "Pii_Email": "email"}},
       {"index": 2, "role": "attachment-path"}]}],
    "bagTypes": [{"type": "acme::Props", "inserters": [
       {"method": "Set", "key": 0, "value": 1, "kindArg": 2, "enumKinds": {"Pii_Email": "email"}},
       {"method": "Add", "entry": 0}]}],
    "bagBuilders": [{"function": "acme::MakeAttributes", "pairsFrom": 0}],
    "propagators": [{"function": "acme::Read", "from": [0], "into": 1}],
    "sources": [{"function": "getenv", "kind": "username",
                 "whenArg": {"index": 0, "equals": ["USER", "LOGNAME"]}},
                {"function": "getpwuid", "kind": "username", "field": "pw_name"}]
  })", "acme.json");
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  const SinkArg &Identity = M->Sinks[0].Args[0];
  ASSERT_TRUE(Identity.DeclaredKind.has_value());
  EXPECT_EQ(Identity.DeclaredKind->Index, 1);
  EXPECT_EQ(Identity.DeclaredKind->Enumerators.at("Pii_None"), std::nullopt);
  EXPECT_EQ(Identity.DeclaredKind->Enumerators.at("Pii_Email"), DataKind::Email);
  EXPECT_EQ(M->Sinks[0].Args[1].Role, ArgRole::AttachmentPath);
  EXPECT_EQ(M->BagTypes[0].Inserters[1].EntryArg, 0);
  EXPECT_EQ(M->BagBuilders[0].PairsFrom, 0);
  EXPECT_EQ(M->Propagators[0].Into, 1);
  ASSERT_TRUE(M->Sources[0].WhenArg.has_value());
  EXPECT_EQ(M->Sources[0].WhenArg->Equals, (std::vector<std::string>{"USER", "LOGNAME"}));
  EXPECT_EQ(M->Sources[1].Field, "pw_name");

  EXPECT_NE(errorOf(R"({"sdk": "x", "vendor": "X", "sinks": [{"function": "f", "args": [
      {"index": 0, "role": "user-identity", "kindArg": 1, "enumKinds": {"A": "shoe-size"}}]}]})")
                .find("unknown kind 'shoe-size' (at /sinks/0/args/0/enumKinds/A)"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"sdk": "x", "propagators": [{"function": "f", "from": [0], "into": "there"}]})")
                .find("'into' must be \"result\", \"this\" or an argument index"),
            std::string::npos);
}

TEST(ModelsTest, UnknownRoleNamesFileLineAndField) {
  EXPECT_EQ(errorOf("{\n  \"sdk\": \"x\",\n  \"sinks\": [\n    {\"function\": \"f\",\n"
                    "     \"args\": [{\"index\": 0, \"role\": \"propertys\"}]}\n  ]\n}\n"),
            "m.json:5:28: unknown role 'propertys' (expected event-name, properties, "
            "property-value, user-identity, user-traits, free-text, attribute-value, attachment-path or "
            "request) "
            "(at /sinks/0/args/0/role)");
}

TEST(ModelsTest, VendorTermsDefaultAndAreChecked) {
  auto M = ModelCatalog::parse(R"({"sdk": "a", "vendor": "A"})", "m.json");
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(M->VendorRole, "processor");
  EXPECT_EQ(M->DataUse, "analytics.reporting");
  M = ModelCatalog::parse(
      R"({"sdk": "a", "vendor": "A", "vendorRole": "third-party", "dataUse": "essential.service.operations"})",
      "m.json");
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(M->VendorRole, "third-party");
  EXPECT_EQ(M->DataUse, "essential.service.operations");
  EXPECT_EQ(errorOf("{\"sdk\": \"a\",\n \"dataUse\": \"analytics.reporting\"}"),
            "m.json:2:2: 'vendorRole' and 'dataUse' belong to a vendor: the model needs "
            "'vendor' (at /dataUse)");
  EXPECT_EQ(errorOf("{\"sdk\": \"a\", \"vendor\": \"A\",\n \"vendorRole\": \"controller\"}"),
            "m.json:2:2: unknown vendor role 'controller' (expected processor or third-party) "
            "(at /vendorRole)");
  EXPECT_EQ(errorOf("{\"sdk\": \"a\", \"vendor\": \"A\",\n \"dataUse\": \"Analytics\"}"),
            "m.json:2:2: 'Analytics' is no data use key (lower-case words joined by dots, as "
            "fideslang's analytics.reporting) (at /dataUse)");
  Policy P = llvm::cantFail(Policy::parse("use:a=marketing.advertising.third_party; vendor-role:a=third-party"));
  M = ModelCatalog::parse(R"({"sdk": "a", "vendor": "A"})", "m.json");
  ASSERT_TRUE(static_cast<bool>(M));
  EXPECT_EQ(P.dataUseOf(*M), "marketing.advertising.third_party");
  EXPECT_EQ(P.vendorRoleOf(*M), "third-party");
  EXPECT_EQ(llvm::cantFail(Policy::parse("")).dataUseOf(*M), "analytics.reporting");
}

TEST(ModelsTest, UnknownFieldIsAnError) {
  EXPECT_EQ(errorOf("{\"sdk\": \"x\",\n \"sinkz\": []}"),
            "m.json:2:2: unknown field 'sinkz' (expected one of: $schema, sdk, vendor, "
            "vendorRole, dataUse, description, source, sinks, bagInserters, bagTypes, entryConstructors, bagBuilders, "
            "propagators, sanitizers, sources, implementation, vendorFilled, endpoints, macroSinks) "
            "(at /sinkz)");
}

TEST(ModelsTest, WhenArgGlobsAndVendorFilledValues) {
  auto Parsed = ModelCatalog::parse(
      "{\"sdk\": \"x\", \"vendor\": \"X\",\n"
      " \"sources\": [{\"function\": \"getenv\", \"kind\": \"credential\",\n"
      "   \"whenArg\": {\"index\": 0, \"matches\": [\"*_TOKEN\"]}}],\n"
      " \"vendorFilled\": [{\"literal\": \"{{auto}}\", \"kind\": \"ip-address\",\n"
      "   \"meaning\": \"asks X for the address\"}]}",
      "m.json");
  ASSERT_TRUE(bool(Parsed)) << llvm::toString(Parsed.takeError());
  EXPECT_TRUE(Parsed->Sources[0].WhenArg->holds("GITHUB_TOKEN"));
  EXPECT_FALSE(Parsed->Sources[0].WhenArg->holds("TOKEN_BUDGET"));
  ModelCatalog Catalog;
  Catalog.add(std::move(*Parsed));
  ASSERT_NE(Catalog.vendorFilled("{{auto}}"), nullptr);
  EXPECT_EQ(Catalog.vendorFilled("{{auto}}")->Kind, DataKind::IpAddress);
  EXPECT_EQ(Catalog.vendorFilled("auto"), nullptr);
  EXPECT_EQ(errorOf("{\"sdk\": \"x\", \"vendorFilled\": [{\"literal\": \"a\", "
                    "\"kind\": \"ip\", \"meaning\": \"m\"}]}"),
            "m.json:1:48: unknown kind 'ip' (at /vendorFilled/0/kind)");
  EXPECT_EQ(errorOf("{\"sdk\": \"x\", \"sources\": [{\"function\": \"f\", \"kind\": "
                    "\"email\", \"whenArg\": {\"index\": 0}}]}"),
            "m.json:1:61: needs 'equals' or 'matches' (at /sources/0/whenArg)");
}

TEST(ModelsTest, SyntaxErrorNamesLine) {
  std::string E = errorOf("{\n  \"sdk\": \"x\",\n  \"sinks\": [,]\n}");
  EXPECT_EQ(E.rfind("m.json:3:", 0), 0u) << E;
  EXPECT_NE(E.find("invalid JSON"), std::string::npos) << E;
}

TEST(ModelsTest, MissingAndMistypedFields) {
  EXPECT_NE(errorOf("{\"vendor\": \"x\"}").find("missing required field 'sdk'"), std::string::npos);
  EXPECT_NE(errorOf("{\"sdk\": \"x\", \"vendor\": \"X\", \"sinks\": [{\"function\": \"f\", \"args\": "
                    "[{\"index\": -1, \"role\": \"free-text\"}]}]}")
                .find("argument index must be an integer from 0 to 1023"),
            std::string::npos);
  EXPECT_NE(errorOf("{\"sdk\": \"x\", \"vendor\": \"X\", \"sinks\": [{\"function\": \"f\", \"args\": "
                    "[{\"index\": 4294967295, \"role\": \"free-text\"}]}]}")
                .find("argument index must be an integer from 0 to 1023"),
            std::string::npos);
  EXPECT_NE(errorOf("{\"sdk\": \"x\", \"vendor\": \"X\", \"sinks\": [{\"function\": \"f\", \"args\": "
                    "[{\"index\": 0, \"role\": \"property-value\"}]}]}")
                .find("needs 'key'"),
            std::string::npos);
  EXPECT_NE(errorOf("{\"sdk\": \"x\", \"sources\": [{\"function\": \"f\", \"kind\": \"shoe-size\"}]}")
                .find("unknown kind 'shoe-size'"),
            std::string::npos);
}

TEST(ModelsTest, UnreadableFileIsAnError) {
  auto Catalog = ModelCatalog::load({"/nonexistent/model.json"});
  ASSERT_FALSE(static_cast<bool>(Catalog));
  EXPECT_NE(llvm::toString(Catalog.takeError()).find("/nonexistent/model.json: cannot read"),
            std::string::npos);
}

} // namespace

TEST(ModelsTest, ImplementationListsNonEmptyStrings) {
  EXPECT_EQ(errorOf("{\"sdk\": \"x\",\n \"implementation\": {\"paths\": [\"**/x/**\", 1]}}"),
            "m.json:2:44: each of 'paths' must be a non-empty string (at /implementation/paths/1)");
  EXPECT_EQ(errorOf("{\"sdk\": \"x\",\n \"implementation\": {\"namespace\": [\"x\"]}}"),
            "m.json:2:21: unknown field 'namespace' (expected one of: namespaces, paths, "
            "functionPrefixes) (at /implementation/namespace)");
}

TEST(ModelsTest, EndpointsAreFoundByHostInUrls) {
  auto Parsed = ModelCatalog::parse(
      "{\"sdk\": \"x\", \"vendor\": \"X\",\n"
      " \"endpoints\": [{\"host\": \"api.mixpanel.com\", \"fields\": {\"distinct_id\": \"user-id\"}},\n"
      "   {\"host\": \"sentry.io\"}]}",
      "m.json");
  ASSERT_TRUE(bool(Parsed)) << llvm::toString(Parsed.takeError());
  EXPECT_EQ(Parsed->Endpoints[0].Fields.at("distinct_id"), DataKind::UserId);
  ModelCatalog Catalog;
  Catalog.add(std::move(*Parsed));
  auto hosts = [&](llvm::StringRef Text) {
    llvm::SmallVector<const VendorEndpoint *, 2> Found;
    Catalog.endpointsIn(Text, Found);
    std::string Out;
    for (const VendorEndpoint *E : Found)
      Out += (Out.empty() ? "" : " ") + E->Host;
    return Out;
  };
  EXPECT_EQ(hosts("https://api.mixpanel.com/track?ip=1"), "api.mixpanel.com");
  EXPECT_EQ(hosts("API.Mixpanel.com"), "api.mixpanel.com");
  EXPECT_EQ(hosts("https://key@o1.ingest.us.sentry.io/42"), "sentry.io");
  EXPECT_EQ(hosts("https://api.mixpanel.com.example.net/"), "");
  EXPECT_EQ(hosts("https://myapi.mixpanel.com/"), "");
  EXPECT_EQ(hosts("https://notsentry.io/"), "");
  EXPECT_EQ(hosts("https://backend.example.com/events"), "");
  ASSERT_NE(Catalog.endpointNamed("sentry.io"), nullptr);
  EXPECT_EQ(Catalog.endpointNamed("sentry.io")->Sdk->Vendor, "X");

  EXPECT_NE(errorOf("{\"sdk\": \"x\", \"vendor\": \"X\", \"endpoints\": [{\"host\": \"https://a.io\"}]}")
                .find("is not a host name"),
            std::string::npos);
  EXPECT_NE(errorOf("{\"sdk\": \"x\", \"endpoints\": [{\"host\": \"a.io\"}]}")
                .find("endpoints belong to a vendor"),
            std::string::npos);
  EXPECT_NE(errorOf("{\"sdk\": \"x\", \"vendor\": \"X\", \"endpoints\": [{\"host\": \"a.io\", "
                    "\"fields\": {\"cid\": \"shoe-size\"}}]}")
                .find("'cid' must name a kind of data"),
            std::string::npos);
}

TEST(ModelsTest, MacroSinksNameTheirFieldsAndTags) {
  auto Parsed = ModelCatalog::parse(
      R"({"sdk": "x", "vendor": "X", "macroSinks": [{"macro": "Write",
          "fields": [{"macro": "Value", "value": 0, "name": 1, "tags": 3},
                     {"macro": "Address", "value": 0, "kind": "ip-address"}],
          "sentWith": ["KEYWORD_TELEMETRY"],
          "fieldTags": {"TAG_DROP": "drop", "TAG_HASH": "user-id"}}]})",
      "m.json");
  ASSERT_TRUE(bool(Parsed)) << llvm::toString(Parsed.takeError());
  const MacroSinkModel &S = Parsed->MacroSinks[0];
  EXPECT_EQ(S.Fields[0].NameArg, 1);
  EXPECT_EQ(S.Fields[0].TagsArg, 3);
  EXPECT_EQ(S.Fields[1].NameArg, std::nullopt);
  EXPECT_EQ(S.Fields[1].Kind, DataKind::IpAddress);
  EXPECT_EQ(S.FieldTags.at("TAG_DROP"), std::nullopt);
  EXPECT_EQ(S.FieldTags.at("TAG_HASH"), DataKind::UserId);
  EXPECT_EQ(S.Sink.Function, "Write");
  ModelCatalog Catalog;
  Catalog.add(std::move(*Parsed));
  const SdkModel *Sdk = nullptr;
  ASSERT_NE(Catalog.macroSinkNamed("Write", Sdk), nullptr);
  EXPECT_EQ(Sdk->Vendor, "X");
  EXPECT_EQ(Catalog.macroSinkNamed("Value", Sdk), nullptr);

  EXPECT_NE(errorOf(R"({"sdk": "x", "vendor": "X", "macroSinks": [{"macro": "W", "fields": [],
                        "fieldTags": {"T": "shred"}}]})")
                .find("'T' must be \"drop\" or name a kind of data"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"sdk": "x", "macroSinks": [{"macro": "W", "fields": []}]})")
                .find("the model needs 'vendor'"),
            std::string::npos);
}
