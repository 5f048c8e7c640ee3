//===--- FactsFile.cpp - Phase one's output: the facts of units, on disk ---------------------===//
//
// See FactsFile.h. Every record is converted field by field with nlohmann/json's macros (the
// member names are the keys), so that a field added to a record is one word here; the round
// trip test (test/unit/FactsFileTest.cpp) fails when one is left out.
//
//===----------------------------------------------------------------------------------------===//
#include "FactsFile.h"
#include "piiflow/JsonInput.h"
#include "piiflow/Version.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include <nlohmann/json.hpp>

using nlohmann::json;

// Records of clang's that the reports keep: a replacement and a byte range.
namespace clang::tooling {
static void to_json(json &J, const Replacement &R) {
  J = json{{"File", R.getFilePath().str()},
           {"Offset", R.getOffset()},
           {"Length", R.getLength()},
           {"Text", R.getReplacementText().str()}};
}
static void from_json(const json &J, Replacement &R) {
  R = Replacement(J.at("File").get<std::string>(), J.at("Offset").get<unsigned>(),
                  J.at("Length").get<unsigned>(), J.at("Text").get<std::string>());
}
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FileByteRange, FilePath, FileOffset, Length)
} // namespace clang::tooling

namespace piiflow {

static void to_json(json &J, DataKind Kind) { J = dataKindId(Kind).str(); }
static void from_json(const json &J, DataKind &Kind) {
  std::optional<DataKind> Parsed = parseDataKind(J.get<std::string>());
  if (!Parsed)
    throw std::runtime_error("unknown kind of data '" + J.get<std::string>() + "'");
  Kind = *Parsed;
}

// The whole program's facts (Summaries.h).
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ExternalStep, File, Line, Column, Message)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ExternalFact, Kind, Weak, Evidence, Trace, Key)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(KeyCondition, Param, Literal, Equal)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ExternalSinkEffect, Param, Sdk, SinkIndex, ArgIndex, Host, Key,
                                   Trace,
                                   KeyIsLiteral, Weak, KeyParam, KeyKind, KeyEvidence,
                                   Conditions, VendorParams)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ParameterForward, Param, CalleeUsr, CalleeParam, Trace)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ExternalSummary, Usr, Name, Sinks, Returns, ReturnParams,
                                   WeakReturnParams, OutParams, HasCallers, Overrides, Forwards,
                                   ReturnsResultOf)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PendingArgument, CalleeUsr, CalleeName, Param, Call, Argument,
                                   ArgumentEnd, Fact, Key, ArgumentKeys, LiteralArguments,
                                   ArgumentHosts, ResultOf,
                                   Unclassified,
                                   RootParameterOf)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PendingResultSink, CalleeUsr, Sink, Call, ViaParam, OutParam,
                                   Fact)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(UnitFacts, Summaries, Arguments, ResultSinks, Called)

// The unit's findings, resolved and rendered (Report.h).
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ReportLocation, File, Offset, Line, Column, CodePointColumn,
                                   EndLine, EndCodePointColumn, LineText)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ReportStep, Loc, Message)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ReportNotice, Loc, Message, Text)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(UnitFailure, File, Reason, CountsFindings)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FileDigest, Path, Digest)

static void to_json(json &J, const ReportFinding &F) {
  J = json{{"Check", F.Check},
           {"Suppressed", F.Suppressed},
           {"Allowed", F.Allowed},
           {"Kind", F.Kind},
           {"Message", F.Message},
           {"Vendor", F.Vendor},
           {"SdkId", F.SdkId},
           {"Function", F.Function},
           {"Role", F.Role},
           {"Key", F.Key},
           {"Evidence", F.Evidence},
           {"Loc", F.Loc},
           {"Trace", F.Trace},
           {"ArgumentRange", F.ArgumentRange ? json(*F.ArgumentRange) : json()},
           {"FixDescription", F.FixDescription},
           {"Fix", F.Fix},
           {"AlternativeNote", F.AlternativeNote},
           {"AlternativeLoc", F.AlternativeLoc},
           {"AlternativeFix", F.AlternativeFix},
           {"Text", F.Text},
           {"RootParameterOf", F.RootParameterOf}};
}
static void from_json(const json &J, ReportFinding &F) {
  J.at("Check").get_to(F.Check);
  J.at("Suppressed").get_to(F.Suppressed);
  J.at("Allowed").get_to(F.Allowed);
  J.at("Kind").get_to(F.Kind);
  J.at("Message").get_to(F.Message);
  J.at("Vendor").get_to(F.Vendor);
  J.at("SdkId").get_to(F.SdkId);
  J.at("Function").get_to(F.Function);
  J.at("Role").get_to(F.Role);
  J.at("Key").get_to(F.Key);
  J.at("Evidence").get_to(F.Evidence);
  J.at("Loc").get_to(F.Loc);
  J.at("Trace").get_to(F.Trace);
  if (!J.at("ArgumentRange").is_null())
    F.ArgumentRange = J.at("ArgumentRange").get<clang::tooling::FileByteRange>();
  J.at("FixDescription").get_to(F.FixDescription);
  J.at("Fix").get_to(F.Fix);
  J.at("AlternativeNote").get_to(F.AlternativeNote);
  J.at("AlternativeLoc").get_to(F.AlternativeLoc);
  J.at("AlternativeFix").get_to(F.AlternativeFix);
  J.at("Text").get_to(F.Text);
  J.at("RootParameterOf").get_to(F.RootParameterOf);
}

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(UnitOutcome, Source, Findings, Facts, Failures, Notices,
                                   Dependencies, ChecksDisabledBy)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FactsContents, Units, Skipped, SetupDigest)

/// A cache entry: the unit, and the key it was analysed under.
struct CacheEntry {
  std::string Key;
  UnitOutcome Unit;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CacheEntry, Key, Unit)

} // namespace piiflow

using namespace piiflow;

std::string piiflow::contentDigest(llvm::StringRef Content) {
  auto Hash = llvm::BLAKE3::hash<16>(llvm::arrayRefFromStringRef(Content));
  return llvm::toHex(Hash, /*LowerCase=*/true);
}

const std::string &piiflow::buildIdentity() {
  static const std::string Identity = [] {
    std::string Executable = llvm::sys::fs::getMainExecutable(
        nullptr, reinterpret_cast<void *>(&piiflow::buildIdentity));
    auto Content = llvm::MemoryBuffer::getFile(Executable, /*IsText=*/false,
                                               /*RequiresNullTerminator=*/false);
    // Unreadable (it cannot be on Linux): the time of this build, so that a later build of the
    // same version still differs from it.
    std::string Digest = Content ? contentDigest((*Content)->getBuffer()).substr(0, 16)
                                 : contentDigest(__DATE__ " " __TIME__).substr(0, 16);
    return std::string(PIIFLOW_VERSION) + "+" + Digest;
  }();
  return Identity;
}

namespace {

constexpr const char *FactsMagic = "piiflow-facts";
constexpr const char *CacheMagic = "piiflow-cache";
/// Bumped whenever a record above changes.
constexpr unsigned FormatVersion = 2;

/// The header line and the CBOR of Payload.
std::string encode(const char *Magic, const json &Payload) {
  std::vector<uint8_t> Cbor = json::to_cbor(Payload);
  llvm::StringRef Bytes(reinterpret_cast<const char *>(Cbor.data()), Cbor.size());
  std::string Out = std::string(Magic) + " " + std::to_string(FormatVersion) + " " +
                    buildIdentity() + " " + contentDigest(Bytes) + " " +
                    std::to_string(Bytes.size()) + "\n";
  Out += Bytes;
  return Out;
}

llvm::Error invalid(llvm::StringRef Path, llvm::StringRef What, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: %s %s",
                                 Path.str().c_str(), What.str().c_str(), Why.str().c_str());
}

/// Reads CBOR without keeping it, refusing more than MaxJsonDepth levels of nesting: nlohmann's
/// CBOR reader recurses once per level, so a deeper file (a facts file's digest is no signature)
/// would overflow the stack.
class NestingLimit : public nlohmann::json_sax<json> {
public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t &) override { return true; }
  bool string(string_t &) override { return true; }
  bool binary(binary_t &) override { return true; }
  bool start_object(std::size_t) override { return ++Depth <= MaxJsonDepth; }
  bool key(string_t &) override { return true; }
  bool end_object() override { return --Depth, true; }
  bool start_array(std::size_t) override { return ++Depth <= MaxJsonDepth; }
  bool end_array() override { return --Depth, true; }
  bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override {
    return false;
  }

private:
  unsigned Depth = 0;
};

/// The payload of Bytes when its header says Magic, this format and this piiflow, and its size
/// and digest match.
llvm::Expected<json> decode(llvm::StringRef Bytes, llvm::StringRef Path, const char *Magic,
                            llvm::StringRef What) {
  auto [Header, Body] = Bytes.split('\n');
  llvm::SmallVector<llvm::StringRef, 5> Fields;
  Header.split(Fields, ' ');
  if (Fields.size() != 5 || Fields[0] != Magic)
    return invalid(Path, What, "is not one: its first line is not '" + llvm::Twine(Magic) +
                                   " <format> <version> <digest> <size>'");
  if (Fields[1] != std::to_string(FormatVersion) || Fields[2] != buildIdentity())
    return invalid(Path, What,
                   "was written by another build of piiflow, " + Fields[2] + " (format " +
                       Fields[1] + "); this is " + buildIdentity() + " (format " +
                       llvm::Twine(FormatVersion) + "): analyse its units again");
  if (Fields[4] != std::to_string(Body.size()) || Fields[3] != contentDigest(Body))
    return invalid(Path, What,
                   "is corrupt: its content does not match the size and digest of its first "
                   "line (truncated, or changed since it was written)");
  NestingLimit Limit;
  if (!json::sax_parse(Body.begin(), Body.end(), &Limit, json::input_format_t::cbor))
    return invalid(Path, What, "is corrupt: its content is not CBOR, or nests deeper than " +
                                   llvm::Twine(MaxJsonDepth) + " levels");
  json Payload = json::from_cbor(Body, /*strict=*/true, /*allow_exceptions=*/false);
  if (Payload.is_discarded())
    return invalid(Path, What, "is corrupt: its content is not CBOR");
  return Payload;
}

/// T from J, or an error naming Path when a field is missing or of the wrong type.
template <typename T>
llvm::Expected<T> convert(const json &J, llvm::StringRef Path, llvm::StringRef What) {
  try {
    return J.get<T>();
  } catch (const std::exception &E) {
    return invalid(Path, What, "is malformed: " + jsonExceptionMessage(E.what()));
  }
}

} // namespace

std::string piiflow::encodeFacts(const FactsContents &Contents) {
  return encode(FactsMagic, json(Contents));
}

llvm::Expected<FactsContents> piiflow::readFactsFile(const std::string &Path) {
  auto Buffer = readBoundedFile(Path, "facts file");
  if (!Buffer)
    return Buffer.takeError();
  auto Payload = decode((*Buffer)->getBuffer(), Path, FactsMagic, "facts file");
  if (!Payload)
    return Payload.takeError();
  return convert<FactsContents>(*Payload, Path, "facts file");
}

std::string piiflow::encodeCacheEntry(llvm::StringRef Key, const UnitOutcome &Unit) {
  return encode(CacheMagic, json(CacheEntry{Key.str(), Unit}));
}

llvm::Expected<UnitOutcome> piiflow::decodeCacheEntry(llvm::StringRef Bytes, llvm::StringRef Path,
                                                      llvm::StringRef Key) {
  auto Payload = decode(Bytes, Path, CacheMagic, "cache entry");
  if (!Payload)
    return Payload.takeError();
  auto Entry = convert<CacheEntry>(*Payload, Path, "cache entry");
  if (!Entry)
    return Entry.takeError();
  if (Entry->Key != Key)
    return invalid(Path, "cache entry", "belongs to another key");
  return std::move(Entry->Unit);
}
