//===--- Models.cpp - Parses and validates SDK model files ---------------------------------===//
//
// Model files are parsed with nlohmann/json through a SAX handler that records where every value
// starts, so that a validation error names the file, line and column of the offending field. Every
// field is checked: an unknown field, role or kind is an error, never a silent skip.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Models.h"
#include "piiflow/InstallLayout.h"
#include "piiflow/JsonInput.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

namespace piiflow {

using nlohmann::json;

bool isVendorRole(llvm::StringRef Role) { return Role == "processor" || Role == "third-party"; }

bool isDataUseKey(llvm::StringRef Use) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Use.split(Parts, '.', -1, /*KeepEmpty=*/true);
  return !Use.empty() && llvm::all_of(Parts, [](llvm::StringRef Part) {
    return !Part.empty() &&
           llvm::all_of(Part, [](char C) { return (C >= 'a' && C <= 'z') || C == '_'; });
  });
}

namespace {

/// An input iterator over a buffer that publishes how far the parser has read.
class CountingIterator {
public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char *;
  using reference = const char &;

  CountingIterator(const char *Pos, size_t *Consumed, const char *Base)
      : Pos(Pos), Consumed(Consumed), Base(Base) {}
  reference operator*() const { return *Pos; }
  CountingIterator &operator++() {
    ++Pos;
    *Consumed = static_cast<size_t>(Pos - Base);
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator Old = *this;
    ++*this;
    return Old;
  }
  bool operator==(const CountingIterator &O) const { return Pos == O.Pos; }
  bool operator!=(const CountingIterator &O) const { return Pos != O.Pos; }

private:
  const char *Pos;
  size_t *Consumed;
  const char *Base;
};

/// Builds the DOM and records, per JSON pointer, the offset where its value (or key) was read.
class PositionRecordingSax {
public:
  explicit PositionRecordingSax(json &Result, const size_t *Consumed)
      : Dom(Result, /*allow_exceptions=*/false), Consumed(Consumed) {}

  std::map<std::string, size_t> Positions;
  size_t ErrorOffset = 0;
  std::string ErrorMessage;

  bool null() { noteValue(); return Dom.null(); }
  bool boolean(bool V) { noteValue(); return Dom.boolean(V); }
  bool number_integer(json::number_integer_t V) { noteValue(); return Dom.number_integer(V); }
  bool number_unsigned(json::number_unsigned_t V) { noteValue(); return Dom.number_unsigned(V); }
  bool number_float(json::number_float_t V, const json::string_t &S) {
    noteValue();
    return Dom.number_float(V, S);
  }
  bool string(json::string_t &V) { noteValue(); return Dom.string(V); }
  bool binary(json::binary_t &V) { noteValue(); return Dom.binary(V); }
  bool start_object(std::size_t N) {
    noteValue();
    Stack.push_back(Frame{false, -1, ""});
    return Dom.start_object(N);
  }
  bool key(json::string_t &K) {
    Stack.back().Key = K;
    // The lexer has just read the closing quote: point at the opening one.
    size_t Length = K.size() + 2;
    Positions[pointer()] = *Consumed >= Length ? *Consumed - Length : 0;
    return Dom.key(K);
  }
  bool end_object() {
    Stack.pop_back();
    return Dom.end_object();
  }
  bool start_array(std::size_t N) {
    noteValue();
    Stack.push_back(Frame{true, -1, ""});
    return Dom.start_array(N);
  }
  bool end_array() {
    Stack.pop_back();
    return Dom.end_array();
  }
  bool parse_error(std::size_t Position, const std::string &, const nlohmann::detail::exception &E) {
    ErrorOffset = Position;
    ErrorMessage = E.what();
    return false;
  }

private:
  struct Frame {
    bool IsArray;
    long Index; // the current element of an array, -1 before the first
    std::string Key;
  };

  std::string pointer() const {
    std::string P;
    for (const Frame &F : Stack) {
      P += '/';
      P += F.IsArray ? std::to_string(F.Index) : F.Key;
    }
    return P;
  }

  /// Called as a value starts: arrays advance to their next element.
  void noteValue() {
    if (!Stack.empty() && Stack.back().IsArray) {
      ++Stack.back().Index;
      Positions.emplace(pointer(), *Consumed);
    }
  }

  nlohmann::detail::json_sax_dom_parser<json> Dom;
  const size_t *Consumed;
  std::vector<Frame> Stack;
};

/// Walks a parsed model, checking every field, and builds an SdkModel.
class ModelReader {
public:
  ModelReader(llvm::StringRef Text, llvm::StringRef File,
              const std::map<std::string, size_t> &Positions)
      : Text(Text), File(File), Positions(Positions) {}

  /// Where the SDK's own code lives: its namespaces, directory globs and C function prefixes.
  llvm::Error readImplementation(const json &J, SdkImplementation &Out) {
    const std::string P = "/implementation";
    if (!J.is_object())
      return fail(P, "'implementation' must be an object");
    if (auto E = allowOnly(J, P, {"namespaces", "paths", "functionPrefixes"}))
      return E;
    auto strings = [&](const char *Field, std::vector<std::string> &List) -> llvm::Error {
      if (!J.contains(Field))
        return llvm::Error::success();
      const json &A = J[Field];
      if (!A.is_array())
        return fail(P + "/" + Field, std::string("'") + Field + "' must be an array of strings");
      for (size_t I = 0; I < A.size(); ++I) {
        if (!A[I].is_string() || A[I].get<std::string>().empty())
          return fail(P + "/" + Field + "/" + std::to_string(I),
                      std::string("each of '") + Field + "' must be a non-empty string");
        List.push_back(A[I].get<std::string>());
      }
      return llvm::Error::success();
    };
    if (auto E = strings("namespaces", Out.Namespaces))
      return E;
    if (auto E = strings("paths", Out.Paths))
      return E;
    if (auto E = strings("functionPrefixes", Out.FunctionPrefixes))
      return E;
    for (size_t I = 0; I < Out.Paths.size(); ++I) {
      auto Pattern = llvm::GlobPattern::create(Out.Paths[I]);
      if (!Pattern)
        return fail(P + "/paths/" + std::to_string(I),
                    "invalid glob '" + Out.Paths[I] + "': " + llvm::toString(Pattern.takeError()));
      Out.PathPatterns.push_back(std::move(*Pattern));
    }
    return llvm::Error::success();
  }

  llvm::Expected<SdkModel> read(const json &Root) {
    SdkModel M;
    M.File = File.str();
    if (!Root.is_object())
      return fail("", "a model file must hold a JSON object");
    if (auto E = allowOnly(Root, "", {"$schema", "sdk", "vendor", "vendorRole", "dataUse",
                                      "description", "source", "sinks",
                                      "bagInserters", "bagTypes", "entryConstructors",
                                      "bagBuilders", "propagators", "sanitizers", "sources",
                                      "implementation", "vendorFilled", "endpoints",
                                      "macroSinks"}))
      return E;
    if (auto E = requireString(Root, "", "sdk", M.Id))
      return E;
    if (auto E = optionalString(Root, "", "vendor", M.Vendor))
      return E;
    if (auto E = readVendorTerms(Root, M))
      return E;
    if (auto E = optionalString(Root, "", "description", M.Description))
      return E;
    if (Root.contains("source")) {
      const json &S = Root["source"];
      if (!S.is_object())
        return fail("/source", "'source' must be an object");
      if (auto E = allowOnly(S, "/source", {"repository", "header", "version"}))
        return E;
      if (auto E = requireString(S, "/source", "repository", M.Repository))
        return E;
      if (auto E = requireString(S, "/source", "header", M.Header))
        return E;
      if (auto E = requireString(S, "/source", "version", M.Version))
        return E;
    }
    if (Root.contains("implementation"))
      if (auto E = readImplementation(Root["implementation"], M.Implementation))
        return E;
    if (auto E = forEach(Root, "vendorFilled",
                         [&](const json &J, const std::string &P) -> llvm::Error {
                           VendorFilledValue V;
                           if (auto E = allowOnly(J, P, {"literal", "kind", "meaning"}))
                             return E;
                           if (auto E = requireString(J, P, "literal", V.Literal))
                             return E;
                           if (auto E = requireKind(J, P, V.Kind))
                             return E;
                           if (auto E = requireString(J, P, "meaning", V.Meaning))
                             return E;
                           M.VendorFilled.push_back(std::move(V));
                           return llvm::Error::success();
                         }))
      return E;
    if (auto E = forEach(Root, "macroSinks",
                         [&](const json &J, const std::string &P) -> llvm::Error {
                           return readMacroSink(J, P, M);
                         }))
      return E;
    if (auto E = forEach(Root, "endpoints",
                         [&](const json &J, const std::string &P) -> llvm::Error {
                           return readEndpoint(J, P, M);
                         }))
      return E;
    if (auto E = forEach(Root, "sinks", [&](const json &J, const std::string &P) -> llvm::Error {
          SinkModel S;
          if (auto E = allowOnly(J, P, {"function", "arity", "paramTypes", "args"}))
            return E;
          if (auto E = requireString(J, P, "function", S.Function))
            return E;
          if (J.contains("arity")) {
            if (!J["arity"].is_number_unsigned() || J["arity"].get<uint64_t>() > MaxArgIndex)
              return fail(P + "/arity", "'arity' must be an integer from 0 to " +
                                            std::to_string(MaxArgIndex));
            S.Arity = static_cast<unsigned>(J["arity"].get<uint64_t>());
          }
          if (J.contains("paramTypes")) {
            if (!J["paramTypes"].is_array())
              return fail(P + "/paramTypes", "'paramTypes' must be an array of strings");
            for (size_t I = 0; I < J["paramTypes"].size(); ++I) {
              const json &T = J["paramTypes"][I];
              if (!T.is_string())
                return fail(P + "/paramTypes/" + std::to_string(I),
                            "each of 'paramTypes' must be a string (\"\" for any type)");
              S.ParamTypes.push_back(T.get<std::string>());
            }
          }
          if (!J.contains("args") || !J["args"].is_array() || J["args"].empty())
            return fail(P, "a sink needs a non-empty 'args' array");
          for (size_t I = 0; I < J["args"].size(); ++I) {
            const json &A = J["args"][I];
            std::string AP = P + "/args/" + std::to_string(I);
            if (!A.is_object())
              return fail(AP, "each sink argument must be an object");
            if (auto E = allowOnly(A, AP, {"index", "role", "key", "kind", "kindArg", "enumKinds",
                                           "andFollowing", "keySetter"}))
              return E;
            SinkArg Arg;
            if (auto E = requireArgIndex(A, AP, "index", Arg.Index))
              return E;
            if (A.contains("andFollowing")) {
              if (!A["andFollowing"].is_boolean())
                return fail(AP + "/andFollowing", "'andFollowing' must be true or false");
              Arg.AndFollowing = A["andFollowing"].get<bool>();
            }
            std::string Role;
            if (auto E = requireString(A, AP, "role", Role))
              return E;
            std::optional<ArgRole> R = parseArgRole(Role);
            if (!R)
              return fail(AP + "/role", "unknown role '" + Role +
                                            "' (expected event-name, properties, property-value, "
                                            "user-identity, user-traits, free-text, "
                                            "attribute-value, attachment-path or request)");
            Arg.Role = *R;
            if (M.Vendor.empty() && Arg.Role != ArgRole::Request)
              return fail(AP + "/role", "a model without 'vendor' sends nothing itself: its "
                                        "sinks can only take HTTP requests (role 'request')");
            if (A.contains("key")) {
              int Key;
              if (auto E = requireArgIndex(A, AP, "key", Key))
                return E;
              Arg.KeyArg = Key;
            }
            if (A.contains("kind")) {
              Arg.Kind.emplace();
              if (auto E = requireKind(A, AP, *Arg.Kind))
                return E;
            }
            if (auto E = declaredKind(A, AP, Arg.DeclaredKind))
              return E;
            if (auto E = optionalString(A, AP, "keySetter", Arg.KeySetter))
              return E;
            if (Arg.Role == ArgRole::PropertyValue && !Arg.KeyArg)
              return fail(AP, "role 'property-value' needs 'key', the index of the key argument");
            S.Args.push_back(Arg);
          }
          M.Sinks.push_back(std::move(S));
          return llvm::Error::success();
        }))
      return E;
    if (auto E = forEach(Root, "bagInserters", [&](const json &J, const std::string &P) -> llvm::Error {
          BagInserterModel B;
          if (auto E = allowOnly(J, P, {"function", "bag", "key", "value"}))
            return E;
          if (auto E = requireString(J, P, "function", B.Function))
            return E;
          if (auto E = requireArgIndex(J, P, "bag", B.BagArg))
            return E;
          if (auto E = requireArgIndex(J, P, "key", B.KeyArg))
            return E;
          if (auto E = requireArgIndex(J, P, "value", B.ValueArg))
            return E;
          M.BagInserters.push_back(std::move(B));
          return llvm::Error::success();
        }))
      return E;
    if (auto E = forEach(Root, "bagTypes", [&](const json &J, const std::string &P) -> llvm::Error {
          BagTypeModel B;
          if (auto E = allowOnly(J, P, {"type", "keyedSubscript", "inserters", "erasers", "clearers",
                                           "iterators", "lookups", "mergers"}))
            return E;
          if (auto E = requireString(J, P, "type", B.Type))
            return E;
          if (J.contains("keyedSubscript")) {
            if (!J["keyedSubscript"].is_boolean())
              return fail(P + "/keyedSubscript", "'keyedSubscript' must be true or false");
            B.KeyedSubscript = J["keyedSubscript"].get<bool>();
          }
          if (auto E = forEach(J, "inserters", [&](const json &I, const std::string &IP) -> llvm::Error {
                BagMethodModel Method;
                if (auto E = allowOnly(I, IP, {"method", "key", "value", "pair", "entry", "kindArg",
                                               "enumKinds"}))
                  return E;
                if (auto E = requireString(I, IP, "method", Method.Method))
                  return E;
                int Index;
                for (const char *Field : {"key", "value", "pair", "entry"}) {
                  if (!I.contains(Field))
                    continue;
                  if (auto E = requireArgIndex(I, IP, Field, Index))
                    return E;
                  llvm::StringRef F = Field;
                  (F == "key" ? Method.KeyArg
                   : F == "value" ? Method.ValueArg
                   : F == "pair"  ? Method.PairArg
                                  : Method.EntryArg) = Index;
                }
                if (!Method.PairArg && !Method.EntryArg && !(Method.KeyArg && Method.ValueArg))
                  return fail(IP, "an inserter needs 'pair', 'entry', or both 'key' and 'value'");
                if (auto E = declaredKind(I, IP, Method.DeclaredKind))
                  return E;
                B.Inserters.push_back(std::move(Method));
                return llvm::Error::success();
              }, P))
            return E;
          for (const char *Field : {"erasers", "clearers", "iterators", "lookups", "mergers"}) {
            if (!J.contains(Field))
              continue;
            llvm::StringRef F = Field;
            std::vector<std::string> &Out = F == "erasers"     ? B.Erasers
                                            : F == "clearers"  ? B.Clearers
                                            : F == "iterators" ? B.Iterators
                                            : F == "lookups"   ? B.Lookups
                                                               : B.Mergers;
            if (auto E = stringArray(J, P, Field, Out))
              return E;
          }
          M.BagTypes.push_back(std::move(B));
          return llvm::Error::success();
        }))
      return E;
    if (auto E = forEach(Root, "entryConstructors", [&](const json &J, const std::string &P) -> llvm::Error {
          EntryConstructorModel C;
          if (auto E = allowOnly(J, P, {"type", "key", "value", "kindArg", "enumKinds"}))
            return E;
          if (auto E = requireString(J, P, "type", C.Type))
            return E;
          if (auto E = requireArgIndex(J, P, "key", C.KeyArg))
            return E;
          if (auto E = requireArgIndex(J, P, "value", C.ValueArg))
            return E;
          if (auto E = declaredKind(J, P, C.DeclaredKind))
            return E;
          M.EntryConstructors.push_back(std::move(C));
          return llvm::Error::success();
        }))
      return E;
    if (auto E = forEach(Root, "bagBuilders", [&](const json &J, const std::string &P) -> llvm::Error {
          BagBuilderModel B;
          if (auto E = allowOnly(J, P, {"function", "entries", "pairsFrom"}))
            return E;
          if (auto E = requireString(J, P, "function", B.Function))
            return E;
          if (J.contains("pairsFrom")) {
            int From;
            if (auto E = requireArgIndex(J, P, "pairsFrom", From))
              return E;
            if (From == ThisArg)
              return fail(P + "/pairsFrom", "'pairsFrom' must be the index of an argument, not \"this\"");
            B.PairsFrom = From;
          }
          if (!J.contains("entries") && !B.PairsFrom)
            return fail(P, "a bag builder needs 'entries' (an array of {arg, key}) or 'pairsFrom'");
          if (auto E = forEach(J, "entries", [&](const json &En, const std::string &EP) -> llvm::Error {
                if (auto E = allowOnly(En, EP, {"arg", "key"}))
                  return E;
                int Arg;
                std::string Key;
                if (auto E = requireArgIndex(En, EP, "arg", Arg))
                  return E;
                if (auto E = requireString(En, EP, "key", Key))
                  return E;
                B.Entries.emplace_back(Arg, Key);
                return llvm::Error::success();
              }, P))
            return E;
          M.BagBuilders.push_back(std::move(B));
          return llvm::Error::success();
        }))
      return E;
    if (auto E = forEach(Root, "propagators", [&](const json &J, const std::string &P) -> llvm::Error {
          PropagatorModel Prop;
          if (auto E = allowOnly(J, P, {"function", "from", "into", "replaces", "kindArg",
                                        "enumKinds", "whenArg"}))
            return E;
          if (J.contains("whenArg"))
            if (auto E = readArgCondition(J["whenArg"], P + "/whenArg", Prop.WhenArg))
              return E;
          if (auto E = requireString(J, P, "function", Prop.Function))
            return E;
          if (J.contains("replaces")) {
            if (!J["replaces"].is_boolean())
              return fail(P + "/replaces", "'replaces' must be true or false");
            Prop.Replaces = J["replaces"].get<bool>();
          }
          if (!J.contains("from") || !J["from"].is_array() || J["from"].empty())
            return fail(P, "a propagator needs a non-empty 'from' array of argument indices");
          for (size_t I = 0; I < J["from"].size(); ++I) {
            if (J["from"][I].is_string() && J["from"][I] == "*") {
              Prop.From.push_back(AllArgs);
              continue;
            }
            int Index;
            if (auto E = argIndex(J["from"][I], P + "/from/" + std::to_string(I), Index))
              return E;
            Prop.From.push_back(Index);
          }
          if (J.contains("into") && !(J["into"].is_string() && J["into"] == "result")) {
            int Into;
            if (auto E = argIndex(J["into"], P + "/into", Into)) {
              llvm::consumeError(std::move(E));
              return fail(P + "/into", "'into' must be \"result\", \"this\" or an argument index");
            }
            Prop.Into = Into;
          }
          if (Prop.Replaces && (!Prop.Into || *Prop.Into == ThisArg))
            return fail(P + "/replaces", "'replaces' needs 'into' an argument index");
          if (auto E = declaredKind(J, P, Prop.DeclaredKind))
            return E;
          M.Propagators.push_back(std::move(Prop));
          return llvm::Error::success();
        }))
      return E;
    if (auto E = forEach(Root, "sanitizers", [&](const json &J, const std::string &P) -> llvm::Error {
          SanitizerModel S;
          if (auto E = allowOnly(J, P, {"function", "keyed", "keyArg", "from", "into"}))
            return E;
          if (auto E = requireString(J, P, "function", S.Function))
            return E;
          if (!J.contains("keyed") || !J["keyed"].is_boolean())
            return fail(P, "a sanitizer needs 'keyed': true (HMAC) or false (a plain hash)");
          S.Keyed = J["keyed"].get<bool>();
          if (J.contains("keyArg")) {
            int Key;
            if (auto E = requireArgIndex(J, P, "keyArg", Key))
              return E;
            S.KeyArg = Key;
          }
          if (J.contains("from")) {
            if (!J["from"].is_array())
              return fail(P + "/from", "'from' must be an array of argument indices");
            for (size_t I = 0; I < J["from"].size(); ++I) {
              int Index;
              if (auto E = argIndex(J["from"][I], P + "/from/" + std::to_string(I), Index))
                return E;
              S.From.push_back(Index);
            }
          }
          if (J.contains("into")) {
            int Into;
            if (auto E = requireArgIndex(J, P, "into", Into))
              return E;
            S.Into = Into;
          }
          M.Sanitizers.push_back(std::move(S));
          return llvm::Error::success();
        }))
      return E;
    if (auto E = forEach(Root, "sources", [&](const json &J, const std::string &P) -> llvm::Error {
          if (auto E = allowOnly(J, P, {"function", "kind", "out", "whenArg", "field"}))
            return E;
          SourceModel S;
          if (auto E = requireString(J, P, "function", S.Function))
            return E;
          if (auto E = requireKind(J, P, S.Kind))
            return E;
          if (J.contains("out")) {
            int Out;
            if (auto E = requireArgIndex(J, P, "out", Out))
              return E;
            S.OutArg = Out;
          }
          if (auto E = optionalString(J, P, "field", S.Field))
            return E;
          if (J.contains("whenArg"))
            if (auto E = readArgCondition(J["whenArg"], P + "/whenArg", S.WhenArg))
              return E;
          M.Sources.push_back(std::move(S));
          return llvm::Error::success();
        }))
      return E;
    return M;
  }

  /// {"index": 1, "equals": [...], "matches": [globs]}, its globs compiled.
  llvm::Error readArgCondition(const json &W, const std::string &WP,
                               std::optional<ArgCondition> &Out) {
    if (auto E = allowOnly(W, WP, {"index", "equals", "matches"}))
      return E;
    ArgCondition C;
    if (auto E = requireArgIndex(W, WP, "index", C.Index))
      return E;
    if (!W.contains("equals") && !W.contains("matches"))
      return fail(WP, "needs 'equals' or 'matches'");
    if (W.contains("equals"))
      if (auto E = stringArray(W, WP, "equals", C.Equals))
        return E;
    if (W.contains("matches")) {
      if (auto E = stringArray(W, WP, "matches", C.Matches))
        return E;
      for (size_t I = 0; I < C.Matches.size(); ++I) {
        auto Glob = llvm::GlobPattern::create(C.Matches[I]);
        if (!Glob) {
          llvm::consumeError(Glob.takeError());
          return fail(WP + "/matches/" + std::to_string(I),
                      "'" + C.Matches[I] + "' is not a glob pattern");
        }
        C.Globs.push_back(std::move(*Glob));
      }
    }
    Out = std::move(C);
    return llvm::Error::success();
  }

  /// {"macro": "TraceLoggingWrite", "fields": [{"macro": "TraceLoggingValue", "value": 0,
  /// "name": 1, "tags": 3}], "sentWith": [...], "fieldTags": {"..._DROP_PII": "drop"}}
  llvm::Error readMacroSink(const json &J, const std::string &P, SdkModel &M) {
    if (auto E = allowOnly(J, P, {"macro", "fields", "sentWith", "fieldTags"}))
      return E;
    MacroSinkModel S;
    if (auto E = requireString(J, P, "macro", S.Macro))
      return E;
    if (auto E = forEach(J, "fields", [&](const json &F, const std::string &FP) -> llvm::Error {
          if (auto E = allowOnly(F, FP, {"macro", "value", "name", "tags", "kind"}))
            return E;
          MacroFieldModel Field;
          if (auto E = requireString(F, FP, "macro", Field.Macro))
            return E;
          if (auto E = requireArgIndex(F, FP, "value", Field.ValueArg))
            return E;
          for (auto [Name, Out] : {std::pair{"name", &Field.NameArg}, {"tags", &Field.TagsArg}})
            if (F.contains(Name)) {
              int Index;
              if (auto E = requireArgIndex(F, FP, Name, Index))
                return E;
              *Out = Index;
            }
          if (F.contains("kind")) {
            Field.Kind.emplace();
            if (auto E = requireKind(F, FP, *Field.Kind))
              return E;
          }
          S.Fields.push_back(std::move(Field));
          return llvm::Error::success();
        }, P))
      return E;
    if (J.contains("sentWith"))
      if (auto E = stringArray(J, P, "sentWith", S.SentWith))
        return E;
    if (J.contains("fieldTags")) {
      const json &T = J["fieldTags"];
      if (!T.is_object())
        return fail(P + "/fieldTags", "'fieldTags' must map tag names to \"drop\" or a kind");
      for (auto It = T.begin(); It != T.end(); ++It) {
        std::string Value = It.value().is_string() ? It.value().get<std::string>() : "";
        if (Value == "drop") {
          S.FieldTags[It.key()] = std::nullopt;
          continue;
        }
        std::optional<DataKind> Kind = parseDataKind(Value);
        if (!Kind)
          return fail(P + "/fieldTags/" + It.key(),
                      "'" + It.key() + "' must be \"drop\" or name a kind of data");
        S.FieldTags[It.key()] = *Kind;
      }
    }
    if (M.Vendor.empty())
      return fail(P, "a macro sink sends to a vendor: the model needs 'vendor'");
    S.Sink.Function = S.Macro;
    SinkArg Value;
    Value.Index = 0;
    Value.Role = ArgRole::AttributeValue;
    S.Sink.Args.push_back(Value);
    M.MacroSinks.push_back(std::move(S));
    return llvm::Error::success();
  }

  /// {"host": "api.mixpanel.com", "api": "Ingestion API", "fields": {"distinct_id": "user-id"}}
  llvm::Error readEndpoint(const json &J, const std::string &P, SdkModel &M) {
    if (auto E = allowOnly(J, P, {"host", "api", "fields"}))
      return E;
    VendorEndpoint V;
    if (auto E = requireString(J, P, "host", V.Host))
      return E;
    llvm::StringRef Host(V.Host);
    if (Host.empty() || !Host.contains('.') ||
        Host.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-") != llvm::StringRef::npos)
      return fail(P + "/host", "'" + V.Host +
                                   "' is not a host name (lower-case letters, digits, '.', '-')");
    if (auto E = optionalString(J, P, "api", V.Api))
      return E;
    if (J.contains("fields")) {
      const json &F = J["fields"];
      if (!F.is_object())
        return fail(P + "/fields", "'fields' must map parameter names to kinds");
      for (auto It = F.begin(); It != F.end(); ++It) {
        std::optional<DataKind> Kind =
            It.value().is_string() ? parseDataKind(It.value().get<std::string>()) : std::nullopt;
        if (!Kind)
          return fail(P + "/fields/" + It.key(), "'" + It.key() + "' must name a kind of data");
        V.Fields[It.key()] = *Kind;
      }
    }
    if (M.Vendor.empty())
      return fail(P, "endpoints belong to a vendor: the model needs 'vendor'");
    M.Endpoints.push_back(std::move(V));
    return llvm::Error::success();
  }

  /// The vendor's role and the data use, defaulted for a vendor that names neither: a processor
  /// for analytics reporting.
  llvm::Error readVendorTerms(const json &Root, SdkModel &M) {
    if (auto E = optionalString(Root, "", "vendorRole", M.VendorRole))
      return E;
    if (auto E = optionalString(Root, "", "dataUse", M.DataUse))
      return E;
    if (M.Vendor.empty()) {
      if (!M.VendorRole.empty() || !M.DataUse.empty())
        return fail(M.VendorRole.empty() ? "/dataUse" : "/vendorRole",
                    "'vendorRole' and 'dataUse' belong to a vendor: the model needs 'vendor'");
      return llvm::Error::success();
    }
    if (M.VendorRole.empty())
      M.VendorRole = "processor";
    if (M.DataUse.empty())
      M.DataUse = "analytics.reporting";
    if (!isVendorRole(M.VendorRole))
      return fail("/vendorRole", "unknown vendor role '" + M.VendorRole +
                                     "' (expected processor or third-party)");
    if (!isDataUseKey(M.DataUse))
      return fail("/dataUse", "'" + M.DataUse +
                                  "' is no data use key (lower-case words joined by dots, as "
                                  "fideslang's analytics.reporting)");
    return llvm::Error::success();
  }

  llvm::Error fail(const std::string &Pointer, const std::string &Message) const {
    size_t Offset = 0;
    auto It = Positions.find(Pointer);
    if (It != Positions.end())
      Offset = It->second;
    std::string Field = Pointer.empty() ? "" : " (at " + Pointer + ")";
    return jsonErrorAt(File, Text, Offset, Message + Field);
  }

private:
  llvm::Error allowOnly(const json &J, const std::string &P,
                        std::initializer_list<llvm::StringRef> Known) const {
    if (!J.is_object())
      return fail(P, "expected an object");
    for (auto It = J.begin(); It != J.end(); ++It)
      if (!llvm::is_contained(Known, llvm::StringRef(It.key())))
        return fail(P + "/" + It.key(),
                    "unknown field '" + It.key() + "' (expected one of: " +
                        llvm::join(Known.begin(), Known.end(), ", ") + ")");
    return llvm::Error::success();
  }

  /// The kind of data J's field "kind" names.
  llvm::Error requireKind(const json &J, const std::string &P, DataKind &Out) const {
    std::string Kind;
    if (auto E = requireString(J, P, "kind", Kind))
      return E;
    std::optional<DataKind> Parsed = parseDataKind(Kind);
    if (!Parsed)
      return fail(P + "/kind", "unknown kind '" + Kind + "'");
    Out = *Parsed;
    return llvm::Error::success();
  }

  llvm::Error requireString(const json &J, const std::string &P, const char *Field,
                            std::string &Out) const {
    if (!J.contains(Field))
      return fail(P, std::string("missing required field '") + Field + "'");
    return optionalString(J, P, Field, Out);
  }

  llvm::Error optionalString(const json &J, const std::string &P, const char *Field,
                             std::string &Out) const {
    if (!J.contains(Field))
      return llvm::Error::success();
    if (!J[Field].is_string() || J[Field].get<std::string>().empty())
      return fail(P + "/" + Field, std::string("'") + Field + "' must be a non-empty string");
    Out = J[Field].get<std::string>();
    return llvm::Error::success();
  }

  llvm::Error stringArray(const json &J, const std::string &P, const char *Field,
                          std::vector<std::string> &Out) const {
    if (!J[Field].is_array())
      return fail(P + "/" + Field, std::string("'") + Field + "' must be an array of strings");
    for (size_t I = 0; I < J[Field].size(); ++I) {
      if (!J[Field][I].is_string())
        return fail(P + "/" + Field + "/" + std::to_string(I), "expected a string");
      Out.push_back(J[Field][I].get<std::string>());
    }
    return llvm::Error::success();
  }

  /// "kindArg" and "enumKinds": a privacy-marker argument and what each enumerator declares.
  llvm::Error declaredKind(const json &J, const std::string &P,
                           std::optional<DeclaredKindArg> &Out) const {
    if (!J.contains("kindArg") && !J.contains("enumKinds"))
      return llvm::Error::success();
    if (!J.contains("kindArg") || !J.contains("enumKinds"))
      return fail(P, "'kindArg' and 'enumKinds' go together");
    DeclaredKindArg D;
    if (auto E = requireArgIndex(J, P, "kindArg", D.Index))
      return E;
    const json &Kinds = J["enumKinds"];
    if (!Kinds.is_object() || Kinds.empty())
      return fail(P + "/enumKinds", "'enumKinds' must map enumerators to kinds or \"none\"");
    for (auto It = Kinds.begin(); It != Kinds.end(); ++It) {
      if (!It.value().is_string())
        return fail(P + "/enumKinds/" + It.key(), "expected a kind or \"none\"");
      std::string Kind = It.value().get<std::string>();
      if (Kind == "none") {
        D.Enumerators[It.key()] = std::nullopt;
        continue;
      }
      std::optional<DataKind> K = parseDataKind(Kind);
      if (!K)
        return fail(P + "/enumKinds/" + It.key(), "unknown kind '" + Kind + "'");
      D.Enumerators[It.key()] = K;
    }
    Out = std::move(D);
    return llvm::Error::success();
  }

  /// An argument index: a non-negative integer, or "this" for the implicit object.
  llvm::Error argIndex(const json &V, const std::string &P, int &Out) const {
    if (V.is_string() && V.get<std::string>() == "this") {
      Out = ThisArg;
      return llvm::Error::success();
    }
    if (!V.is_number_unsigned() || V.get<uint64_t>() > MaxArgIndex)
      return fail(P, "an argument index must be an integer from 0 to " +
                         std::to_string(MaxArgIndex) + ", or \"this\"");
    Out = static_cast<int>(V.get<uint64_t>());
    return llvm::Error::success();
  }

  llvm::Error requireArgIndex(const json &J, const std::string &P, const char *Field,
                              int &Out) const {
    if (!J.contains(Field))
      return fail(P, std::string("missing required field '") + Field + "'");
    return argIndex(J[Field], P + "/" + Field, Out);
  }

  template <typename Fn>
  llvm::Error forEach(const json &Parent, const char *Field, Fn Each,
                      const std::string &ParentPointer = "") {
    if (!Parent.contains(Field))
      return llvm::Error::success();
    std::string P = ParentPointer + "/" + Field;
    const json &Array = Parent[Field];
    if (!Array.is_array())
      return fail(P, std::string("'") + Field + "' must be an array");
    for (size_t I = 0; I < Array.size(); ++I) {
      std::string EP = P + "/" + std::to_string(I);
      if (!Array[I].is_object())
        return fail(EP, "expected an object");
      if (auto E = Each(Array[I], EP))
        return E;
    }
    return llvm::Error::success();
  }

  llvm::StringRef Text;
  llvm::StringRef File;
  const std::map<std::string, size_t> &Positions;
};

} // namespace

llvm::Expected<SdkModel> ModelCatalog::parse(llvm::StringRef Text, llvm::StringRef File) {
  // Bounded before the SAX handler, which keeps a path per nesting level.
  if (llvm::Error E = checkJsonNesting(Text, File))
    return E;
  // A model that reads without an error needs no positions: parse it plainly, which costs a
  // fifth of recording a position per value (every run of the tool reads every model).
  {
    json Plain = json::parse(Text.begin(), Text.end(), nullptr, /*allow_exceptions=*/false);
    if (!Plain.is_discarded()) {
      static const std::map<std::string, size_t> NoPositions;
      llvm::Expected<SdkModel> Model = ModelReader(Text, File, NoPositions).read(Plain);
      if (Model)
        return Model;
      llvm::consumeError(Model.takeError());
    }
  }
  // An error: read again, recording where each value stands, so that the error names its line.
  json Root;
  size_t Consumed = 0;
  PositionRecordingSax Sax(Root, &Consumed);
  CountingIterator Begin(Text.begin(), &Consumed, Text.begin());
  CountingIterator End(Text.end(), &Consumed, Text.begin());
  bool Ok = json::sax_parse(Begin, End, &Sax, nlohmann::json::input_format_t::json,
                            /*strict=*/true);
  if (!Ok)
    return jsonErrorAt(File, Text, Sax.ErrorOffset ? Sax.ErrorOffset - 1 : 0,
                       "invalid JSON: " + jsonExceptionMessage(Sax.ErrorMessage));
  return ModelReader(Text, File, Sax.Positions).read(Root);
}

} // namespace piiflow
