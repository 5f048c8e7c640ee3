//===--- Models.h - The SDK catalog: sinks, bags, propagators and sources as data ------------===//
//
// Every SDK piiflow knows is described by one JSON file under models/ (see docs/models.md and
// models/schema.json). This header is the in-memory form of those files: which functions send
// data to a vendor and what each argument carries (its role), which types collect properties
// (bags) and how entries get into them, which functions pass data through, and which return
// personal data. Loading validates every field and reports errors as "file:line:col: message".
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_MODELS_H
#define PIIFLOW_MODELS_H

#include "piiflow/DataKind.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace piiflow {

/// What a sink argument carries to the vendor.
enum class ArgRole {
  EventName,     ///< the event's name
  Properties,    ///< a bag of event properties
  PropertyValue, ///< one property value; its key is in argument KeyArg
  UserIdentity,  ///< the user's identity (user id, or a user object)
  UserTraits,    ///< a bag of user traits / user properties
  FreeText,      ///< a message, log line, breadcrumb or span name
  AttributeValue, ///< one attribute or tag value (span attributes, tags, annotations)
  AttachmentPath, ///< the path of a file whose content is uploaded
  /// An HTTP request (its URL, query, headers and body, or an object holding them): sent to the
  /// vendor whose endpoint host its URL names, and to nobody piiflow knows otherwise.
  Request,
};

llvm::StringRef argRoleId(ArgRole Role);     ///< "event-name", "properties", ...
llvm::StringRef argRolePhrase(ArgRole Role); ///< "event name", "event properties", ...
std::optional<ArgRole> parseArgRole(llvm::StringRef Id);

/// Index of the implicit object argument (`this`) where a model names an argument.
constexpr int ThisArg = -1;
/// The largest argument index a model may name (a bound on what a model file can ask for).
constexpr unsigned MaxArgIndex = 1023;
/// In a propagator's "from": every argument ("*"), for variadic formatting functions.
constexpr int AllArgs = -2;

/// An SDK's own privacy marker: an enumeration argument whose enumerators say what the value is
/// (1DS PiiKind). An enumerator that maps to a kind declares the value personal data of that
/// kind; one that maps to none declares nothing, and the value is classified as usual.
struct DeclaredKindArg {
  int Index = 0;
  std::map<std::string, std::optional<DataKind>> Enumerators;
};

struct SinkArg {
  int Index = 0;
  ArgRole Role = ArgRole::Properties;
  std::optional<int> KeyArg; ///< the argument that holds this value's key (property-value, traits)
  std::optional<DataKind> Kind; ///< the API itself says what the argument is (set_email)
  std::optional<DeclaredKindArg> DeclaredKind; ///< a privacy marker argument
  /// This argument and every one after it: the variadic arguments of sentry_log_info(fmt, ...).
  bool AndFollowing = false;
  /// The key is set by this method on the object the sink's object comes from: an OTLP
  /// KeyValue's set_key("user.email") before kv->mutable_value()->set_string_value(v).
  std::string KeySetter;
};

struct SinkModel {
  std::string Function;               ///< fully qualified, no inline namespaces
  std::optional<unsigned> Arity;      ///< number of parameters, where overloads differ
  std::vector<std::string> ParamTypes; ///< per parameter a substring of its type, "" for any
  std::vector<SinkArg> Args;
};

/// A condition on the literal text of an argument (a string literal, or an enumerator's name):
/// getenv("USER"), getenv("*_TOKEN"), curl_easy_setopt(h, CURLOPT_URL, url).
struct ArgCondition {
  int Index = 0;
  std::vector<std::string> Equals;
  std::vector<std::string> Matches;       ///< glob patterns
  std::vector<llvm::GlobPattern> Globs;   ///< Matches, compiled once when the model is loaded
  /// Whether Text, the literal text of argument Index, satisfies the condition.
  bool holds(llvm::StringRef Text) const;
};

/// A function or method that stores Value under Key in Bag: sentry_value_set_by_key(obj, k, v).
struct BagInserterModel {
  std::string Function;
  int BagArg = 0; ///< ThisArg for methods that insert into their object
  int KeyArg = 1;
  int ValueArg = 2;
};

/// A method of a bag type that inserts: map.emplace(k, v), map.insert({k, v}).
struct BagMethodModel {
  std::string Method;
  std::optional<int> KeyArg;   ///< with ValueArg
  std::optional<int> ValueArg;
  std::optional<int> PairArg;  ///< the argument is a {key, value} pair
  std::optional<int> EntryArg; ///< the argument is an entry object (or a bag) whose entries are added
  std::optional<DeclaredKindArg> DeclaredKind; ///< a privacy marker argument (1DS PiiKind)
};

/// A type that collects properties: std::map, nlohmann::basic_json, mixpanel::Value, ...
struct BagTypeModel {
  std::string Type;           ///< fully qualified record (template) name
  bool KeyedSubscript = false; ///< bag["key"] names an entry
  std::vector<BagMethodModel> Inserters;
  std::vector<std::string> Erasers;  ///< erase(key)
  std::vector<std::string> Clearers; ///< clear()
  /// Methods that give an iterator to (or a range of) entries: begin, find, items.
  std::vector<std::string> Iterators;
  /// Methods that give the value of the entry whose key is argument 0: at.
  std::vector<std::string> Lookups;
  /// Methods that add every entry of the bag given as argument 0: merge, update.
  std::vector<std::string> Mergers;
  /// Read from the program's own class, not a model: its methods are inserters only where
  /// their bodies are not in the unit (where they are, the analysis reads them).
  bool Inferred = false;
};

/// A type whose construction makes one property entry: firebase::analytics::Parameter(name, value).
/// Also a struct whose braced initialisation makes one entry, its fields by index: 1DS's C
/// evt_prop {name, type, value, piiKind}.
struct EntryConstructorModel {
  std::string Type;
  int KeyArg = 0;
  int ValueArg = 1;
  std::optional<DeclaredKindArg> DeclaredKind; ///< a privacy marker argument or field
};

/// A function that returns a new bag holding some of its arguments under fixed keys:
/// sentry_value_new_user(id, username, email, ip_address).
struct BagBuilderModel {
  std::string Function;
  std::vector<std::pair<int, std::string>> Entries; ///< argument index, key
  std::optional<int> PairsFrom; ///< key, value, key, value, ... from this argument on
};

/// A function whose result (or whose object, for Into=ThisArg) derives from some arguments:
/// std::move, std::to_string, sentry_value_new_string, std::string::c_str (From = {ThisArg}).
struct PropagatorModel {
  std::string Function;
  std::vector<int> From; ///< argument indices, ThisArg, or AllArgs
  /// Where the data goes: the result (nullopt), the object (ThisArg: s.append(x)) or an argument
  /// written through (std::getline(in, line): 1).
  std::optional<int> Into;
  /// The call replaces what Into held (strcpy, std::getline, fgets) rather than adding to it
  /// (strcat). Either way, a written argument is judged again by its name, type and key.
  bool Replaces = false;
  /// A privacy marker argument: 1DS EventProperty(value, PiiKind_Identity) declares its value.
  std::optional<DeclaredKindArg> DeclaredKind;
  /// Only when this argument's literal text satisfies it: curl_easy_setopt passes the value on
  /// into the handle for CURLOPT_URL and CURLOPT_POSTFIELDS, not for CURLOPT_WRITEDATA.
  std::optional<ArgCondition> WhenArg;
};

/// A function that hashes or pseudonymises: keyed (HMAC, libsodium crypto_auth, keyed
/// crypto_generichash) ends the flow; unkeyed (SHA-256, MD5, std::hash) leaves a pseudonym that a
/// dictionary reverses, reported by privacy-weak-pseudonymization for emails, phones and names.
struct SanitizerModel {
  std::string Function;
  bool Keyed = false;
  std::optional<int> KeyArg;   ///< keyed when this argument is not a null pointer
  std::vector<int> From;       ///< the data hashed (AllArgs when empty)
  std::optional<int> Into;     ///< the digest is written through this argument too
};

/// A function that returns personal data of a known kind: getlogin, gethostname.
struct SourceModel {
  std::string Function;
  DataKind Kind;
  std::optional<int> OutArg; ///< the data is written into this argument instead of returned
  /// Only when an argument is one of these literals (getenv("USER")), or matches one of these
  /// globs (getenv("*_TOKEN")).
  std::optional<ArgCondition> WhenArg;
  std::string Field; ///< the data is in this field of the result: getpwuid(uid)->pw_name
};

/// Where an SDK's own code lives, so that the SDK's implementation is never taken for the app:
/// calls made from it are not reported (the app's call of the SDK is). A function belongs to the
/// SDK when it is declared in one of Namespaces (or a namespace nested in one), when its file
/// matches one of Paths (globs over the absolute path, `**/countly-sdk-cpp/**`), or when it is a
/// global function whose name starts with one of FunctionPrefixes (`sentry_`).
struct SdkImplementation {
  std::vector<std::string> Namespaces;
  std::vector<std::string> Paths;
  std::vector<llvm::GlobPattern> PathPatterns;
  std::vector<std::string> FunctionPrefixes;
};

/// A constant the app sends that tells the vendor to collect personal data itself: Sentry's
/// "{{auto}}" as a user's ip_address makes Sentry store the client's IP address. Reported where it
/// is stored under a key that denotes that kind.
struct VendorFilledValue {
  std::string Literal; ///< "{{auto}}"
  DataKind Kind;
  std::string Meaning; ///< "tells Sentry to store the client's IP address"
};

/// A field of a macro sink: TraceLoggingValue(value, "name", "description", tags).
struct MacroFieldModel {
  std::string Macro;
  int ValueArg = 0;
  std::optional<int> NameArg;   ///< absent (or not given): the value's text names the field
  std::optional<int> TagsArg;   ///< where field tags go (MICROSOFT_FIELDTAG_DROP_PII)
  std::optional<DataKind> Kind; ///< the macro says what the value is: TraceLoggingIPv4Address
};

/// A macro that sends an event, read as written (its expansion is the SDK's business):
/// TraceLoggingWrite(provider, "Event", TraceLoggingValue(x, "name"), ...). The event leaves the
/// machine only when an argument mentions one of SentWith (a telemetry keyword); a field whose
/// tags mention one of FieldTags is dropped before upload (nullopt) or declared personal data
/// (of that kind, where nothing else says what it is).
struct MacroSinkModel {
  std::string Macro;
  std::vector<MacroFieldModel> Fields;
  std::vector<std::string> SentWith;
  std::map<std::string, std::optional<DataKind>> FieldTags;
  SinkModel Sink; ///< what findings name: the macro, one attribute-value argument
};

struct SdkModel;

/// A host of a vendor's HTTP API: a request whose URL names it (or a subdomain of it) sends its
/// data to that vendor: Google Analytics' Measurement Protocol at www.google-analytics.com. Fields
/// are the API's own parameter names whose meaning the vendor documents ("cid": a client id).
struct VendorEndpoint {
  std::string Host; ///< "api.mixpanel.com"
  std::string Api;  ///< "Measurement Protocol", for messages and docs
  std::map<std::string, DataKind> Fields;
  const SdkModel *Sdk = nullptr; ///< the vendor's model; set when the catalog adds it
};

struct SdkModel {
  std::string Id;     ///< "segment"
  std::string Vendor; ///< "Segment"; empty for library models that send nothing
  /// The vendor's role for the data: "processor" (it processes the data on the app maker's
  /// behalf) or "third-party" (it uses the data for its own purposes). A policy may override it.
  std::string VendorRole;
  /// What the data is used for, a fideslang data use: "analytics.reporting",
  /// "essential.service.operations" (crash reporting), ... A policy may override it.
  std::string DataUse;
  std::string Description;
  std::string Repository, Header, Version; ///< where the model was written from
  std::string File;   ///< the model file it was loaded from
  std::vector<SinkModel> Sinks;
  std::vector<BagInserterModel> BagInserters;
  std::vector<BagTypeModel> BagTypes;
  std::vector<EntryConstructorModel> EntryConstructors;
  std::vector<BagBuilderModel> BagBuilders;
  std::vector<PropagatorModel> Propagators;
  std::vector<SanitizerModel> Sanitizers;
  std::vector<SourceModel> Sources;
  std::vector<VendorFilledValue> VendorFilled;
  std::vector<VendorEndpoint> Endpoints;
  std::vector<MacroSinkModel> MacroSinks;
  SdkImplementation Implementation;
};

/// A vendor's role for the data: "processor" or "third-party".
bool isVendorRole(llvm::StringRef Role);
/// A fideslang data use key's shape: lower-case words joined by dots ("analytics.reporting").
bool isDataUseKey(llvm::StringRef Use);

/// All models loaded, indexed by function and type name for the matcher.
class ModelCatalog {
public:
  /// Loads each path: a .json file, or a directory whose *.json files (but schema.json) are all
  /// loaded in name order. The first error is returned as "file:line:col: message".
  static llvm::Expected<ModelCatalog> load(llvm::ArrayRef<std::string> Paths);

  /// Parses one model from Text; File names it in errors.
  static llvm::Expected<SdkModel> parse(llvm::StringRef Text, llvm::StringRef File);

  /// The directory of models that ships with piiflow, found relative to the binary
  /// (piiflow/InstallLayout.h).
  static std::string defaultModelsDirectory();

  void add(SdkModel Model);

  llvm::ArrayRef<std::unique_ptr<SdkModel>> sdks() const { return Sdks; }

  /// A digest of the files load read (their names and contents): the same for the same models,
  /// wherever they are installed. Empty for a catalog that load did not make.
  llvm::StringRef fingerprint() const { return Fingerprint; }

  struct SinkRef {
    const SdkModel *Sdk;
    const SinkModel *Sink;
  };
  llvm::ArrayRef<SinkRef> sinksNamed(llvm::StringRef QualifiedName) const;
  const BagInserterModel *bagInserterNamed(llvm::StringRef QualifiedName) const;
  const BagTypeModel *bagTypeNamed(llvm::StringRef QualifiedName) const;
  const EntryConstructorModel *entryConstructorNamed(llvm::StringRef QualifiedName) const;
  const BagBuilderModel *bagBuilderNamed(llvm::StringRef QualifiedName) const;
  const PropagatorModel *propagatorNamed(llvm::StringRef QualifiedName) const;
  const SanitizerModel *sanitizerNamed(llvm::StringRef QualifiedName) const;
  llvm::ArrayRef<const SourceModel *> sourcesNamed(llvm::StringRef QualifiedName) const;
  /// The value a model says the vendor fills in for Literal, or null.
  const VendorFilledValue *vendorFilled(llvm::StringRef Literal) const;

  /// The vendor endpoints whose host Text names (a URL, or a host alone), each once.
  void endpointsIn(llvm::StringRef Text,
                   llvm::SmallVectorImpl<const VendorEndpoint *> &Out) const;
  bool hasEndpoints() const { return !Endpoints.empty(); }
  /// The macro sink named Macro, and its SDK; null when there is none.
  const MacroSinkModel *macroSinkNamed(llvm::StringRef Macro, const SdkModel *&Sdk) const;
  bool hasMacroSinks() const { return !MacroSinksByName.empty(); }
  /// The endpoint whose host is Host exactly, or null.
  const VendorEndpoint *endpointNamed(llvm::StringRef Host) const;

  /// Whether UnqualifiedName is the last component of some sink; a cheap pre-filter.
  bool mentionsSinkName(llvm::StringRef UnqualifiedName) const {
    return SinkNames.count(UnqualifiedName) != 0;
  }

private:
  std::string Fingerprint;
  std::vector<std::unique_ptr<SdkModel>> Sdks;
  llvm::StringMap<std::vector<SinkRef>> SinksByName;
  llvm::StringMap<const BagInserterModel *> BagInsertersByName;
  llvm::StringMap<const BagTypeModel *> BagTypesByName;
  llvm::StringMap<const EntryConstructorModel *> EntryConstructorsByName;
  llvm::StringMap<const BagBuilderModel *> BagBuildersByName;
  llvm::StringMap<const PropagatorModel *> PropagatorsByName;
  llvm::StringMap<const SanitizerModel *> SanitizersByName;
  llvm::StringMap<std::vector<const SourceModel *>> SourcesByName;
  llvm::StringMap<char> SinkNames;
  std::vector<const VendorEndpoint *> Endpoints;
  llvm::StringMap<std::pair<const SdkModel *, const MacroSinkModel *>> MacroSinksByName;
};

} // namespace piiflow

#endif
