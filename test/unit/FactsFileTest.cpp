//===--- FactsFileTest.cpp - Unit tests of tools/piiflow/FactsFile.cpp -----------------------===//
//
// A unit's outcome with every field set to a value other than its default comes back from a
// facts file and from a cache entry field for field (the description below names every field
// of every record, so a field the format leaves out fails here), with any byte of a string kept
// (Latin-1 source lines). A file that is truncated, changed, from another version, not a facts
// file at all or of another key is refused with a message that names it.
//
//===----------------------------------------------------------------------------------------===//
#include "FactsFile.h"
#include "piiflow/Version.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>
#include <sstream>

using namespace piiflow;

namespace {

std::string describe(const ExternalStep &S) {
  return S.File + ":" + std::to_string(S.Line) + ":" + std::to_string(S.Column) + " " +
         S.Message + ";";
}
std::string describe(const std::vector<ExternalStep> &Steps) {
  std::string Out = "[";
  for (const ExternalStep &S : Steps)
    Out += describe(S);
  return Out + "]";
}
std::string describe(const ExternalFact &F) {
  return std::string(dataKindId(F.Kind)) + (F.Weak ? " weak " : " ") + F.Evidence +
         describe(F.Trace) + " key " + F.Key;
}
std::string describe(const ExternalSinkEffect &E) {
  std::ostringstream OS;
  OS << E.Param << E.Sdk << E.SinkIndex << "/" << E.ArgIndex << E.Key << describe(E.Trace)
     << E.KeyIsLiteral << E.Weak << E.KeyParam;
  for (int P : E.VendorParams)
    OS << " vendor param " << P;
  return OS.str();
}
std::string describe(const UnitFacts &U) {
  std::ostringstream OS;
  for (const ExternalSummary &S : U.Summaries) {
    OS << S.Usr << S.Name << S.HasCallers;
    for (const ExternalSinkEffect &E : S.Sinks)
      OS << describe(E);
    for (const ExternalFact &F : S.Returns)
      OS << describe(F);
    for (int P : S.ReturnParams)
      OS << "r" << P;
    for (int P : S.WeakReturnParams)
      OS << "w" << P;
    for (const auto &[P, Facts] : S.OutParams) {
      OS << "o" << P;
      for (const ExternalFact &F : Facts)
        OS << describe(F);
    }
    for (const ParameterForward &F : S.Forwards)
      OS << F.Param << F.CalleeUsr << F.CalleeParam << describe(F.Trace);
    for (const std::string &R : S.ReturnsResultOf)
      OS << R;
  }
  for (const PendingArgument &A : U.Arguments) {
    OS << A.CalleeUsr << A.CalleeName << A.Param << describe(A.Call) << describe(A.Argument)
       << describe(A.ArgumentEnd) << describe(A.Fact) << A.Key << A.ResultOf;
    for (const auto &[P, Hosts] : A.ArgumentHosts)
      for (const std::string &Host : Hosts)
        OS << " host " << P << Host;
    for (const auto &[P, Key] : A.ArgumentKeys)
      OS << P << "=" << Key;
  }
  for (const PendingResultSink &R : U.ResultSinks)
    OS << R.CalleeUsr << describe(R.Sink) << describe(R.Call) << R.ViaParam << R.OutParam
       << describe(R.Fact);
  for (const std::string &C : U.Called)
    OS << C;
  return OS.str();
}
std::string describe(const ReportLocation &L) {
  std::ostringstream OS;
  OS << L.File << L.Offset << ":" << L.Line << ":" << L.Column << ":" << L.CodePointColumn << ":"
     << L.EndLine << ":" << L.EndCodePointColumn << L.LineText;
  return OS.str();
}
std::string describe(const std::vector<clang::tooling::Replacement> &Fix) {
  std::string Out;
  for (const clang::tooling::Replacement &R : Fix)
    Out += R.toString();
  return Out;
}
std::string describe(const ReportFinding &F) {
  std::ostringstream OS;
  OS << F.Check << F.Suppressed << F.Allowed << dataKindId(F.Kind).str() << F.Message << F.Vendor
     << F.SdkId << F.Function << F.Role << F.Key << F.Evidence << describe(F.Loc);
  for (const ReportStep &S : F.Trace)
    OS << describe(S.Loc) << S.Message;
  if (F.ArgumentRange)
    OS << F.ArgumentRange->FilePath << F.ArgumentRange->FileOffset << F.ArgumentRange->Length;
  OS << F.FixDescription << describe(F.Fix) << F.AlternativeNote << describe(F.AlternativeLoc)
     << describe(F.AlternativeFix) << F.Text << F.RootParameterOf;
  return OS.str();
}
std::string describe(const UnitOutcome &U) {
  std::string Out = U.Source + "|";
  for (const ReportFinding &F : U.Findings)
    Out += describe(F) + "|";
  for (const UnitFacts &F : U.Facts)
    Out += describe(F) + "|";
  for (const UnitFailure &F : U.Failures)
    Out += F.File + F.Reason + "|";
  for (const ReportNotice &N : U.Notices)
    Out += describe(N.Loc) + N.Message + N.Text + "|";
  for (const FileDigest &D : U.Dependencies)
    Out += D.Path + D.Digest + "|";
  return Out;
}

ExternalStep step(const std::string &Name) { return ExternalStep{"/src/" + Name + ".cpp", 7, 9, Name}; }
ExternalFact fact() {
  return ExternalFact{DataKind::Phone, true, "name 'phone'", {step("source"), step("copy")}, "email"};
}
ExternalSinkEffect sinkEffect() {
  return ExternalSinkEffect{2,         "segment", 3,
                            1,         "api.segment.io", "contact", {step("sink")},
                            false,     true,      1,
                            "user-id", "key \"id\"", {KeyCondition{0, "resource.name", false}},
                            {0, 3}};
}
ReportLocation location(unsigned Base) {
  // A Latin-1 byte (0xE9) in the line: not UTF-8, kept as it is.
  return ReportLocation{"/src/a.cpp", Base, Base + 1, Base + 2, Base + 3, Base + 4, Base + 5,
                        "  track(\"caf\xE9\", email);"};
}

/// A unit whose every field of every record differs from its default.
UnitOutcome everyField() {
  UnitOutcome U;
  U.Source = "/src/a.cpp";
  ReportFinding F;
  F.Check = "privacy-weak-pseudonymization";
  F.Suppressed = true;
  F.Allowed = true;
  F.Kind = DataKind::DeviceId;
  F.Message = "device identifier sent";
  F.Vendor = "Segment";
  F.SdkId = "segment";
  F.Function = "segment::analytics::Analytics::Track";
  F.Role = "event-property";
  F.Key = "device";
  F.Evidence = "name 'deviceId'";
  F.Loc = location(10);
  F.Trace = {ReportStep{location(20), "stored in 'props'"}};
  F.ArgumentRange = clang::tooling::FileByteRange();
  F.ArgumentRange->FilePath = "/src/a.cpp";
  F.ArgumentRange->FileOffset = 33;
  F.ArgumentRange->Length = 5;
  F.FixDescription = "pseudonymise";
  F.Fix = {clang::tooling::Replacement("/src/a.cpp", 33, 5, "hash(email)")};
  F.AlternativeNote = "or drop it";
  F.AlternativeLoc = location(30);
  F.AlternativeFix = {clang::tooling::Replacement("/src/a.cpp", 40, 2, "")};
  F.Text = "a.cpp:1:2: warning: \xE9\n";
  F.RootParameterOf = "c:@F@track#";
  U.Findings.push_back(F);

  UnitFacts Facts;
  ExternalSummary S;
  S.Usr = "c:@F@wrap#";
  S.Name = "app::wrap";
  S.Sinks = {sinkEffect()};
  S.Returns = {fact()};
  S.ReturnParams = {0, 2};
  S.WeakReturnParams = {1};
  S.OutParams[3] = {fact()};
  S.HasCallers = true;
  S.Overrides = {"c:@S@Span@F@setTag#"};
  S.Forwards = {ParameterForward{1, "c:@F@other#", 2, {step("forward")}}};
  S.ReturnsResultOf = {"c:@F@getter#"};
  Facts.Summaries.push_back(S);
  PendingArgument A;
  A.CalleeUsr = "c:@F@send#";
  A.CalleeName = "app::send";
  A.Param = 4;
  A.Call = step("call");
  A.Argument = step("argument");
  A.ArgumentEnd = step("end");
  A.Fact = fact();
  A.Key = "email";
  A.ArgumentKeys = {{0, "\"email\""}, {2, "pick(n)"}};
  A.LiteralArguments = {{0, "email"}};
  A.ArgumentHosts = {{1, {"api.mixpanel.com", "api-eu.mixpanel.com"}}};
  A.ResultOf = "c:@F@getter#";
  A.Unclassified = true;
  A.RootParameterOf = "c:@F@caller#";
  Facts.Arguments.push_back(A);
  Facts.ResultSinks.push_back(
      PendingResultSink{"c:@F@getter#", sinkEffect(), step("sdk"), 1, 2, fact()});
  Facts.Called = {"c:@F@send#", "c:@F@wrap#"};
  U.Facts.push_back(Facts);
  U.Failures.push_back(UnitFailure{"/src/a.cpp", "has 1 compiler error", true});
  U.Notices.push_back(ReportNotice{location(50), "not seen", "a.cpp:5: remark: not seen\n"});
  U.Dependencies = {FileDigest{"/src/a.cpp", "00ff"}, FileDigest{"/src/a.h", "11ee"}};
  U.ChecksDisabledBy = "/src/.clang-tidy";
  return U;
}

/// Bytes written to a temporary file, its path.
std::string temporaryFile(const std::string &Bytes) {
  llvm::SmallString<128> Path;
  int FD;
  EXPECT_FALSE(llvm::sys::fs::createTemporaryFile("piiflow-facts", "facts", FD, Path));
  llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
  OS << Bytes;
  return std::string(Path);
}

std::string errorReading(const std::string &Bytes) {
  std::string Path = temporaryFile(Bytes);
  auto Read = readFactsFile(Path);
  llvm::sys::fs::remove(Path);
  if (Read)
    return "";
  std::string Message = llvm::toString(Read.takeError());
  EXPECT_EQ(Message.rfind(Path + ": facts file ", 0), 0u) << Message;
  return Message.substr(Path.size() + std::string(": facts file ").size());
}

TEST(FactsFileTest, EveryFieldComesBack) {
  FactsContents Contents;
  Contents.Units = {everyField()};
  Contents.Skipped = {UnitFailure{"/src/x.s", "skipped /src/x.s: not C"}};
  Contents.SetupDigest = "abc";
  std::string Path = temporaryFile(encodeFacts(Contents));
  auto Read = readFactsFile(Path);
  llvm::sys::fs::remove(Path);
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  ASSERT_EQ(Read->Units.size(), 1u);
  EXPECT_EQ(describe(Read->Units[0]), describe(Contents.Units[0]));
  EXPECT_NE(describe(Read->Units[0]), describe(UnitOutcome()));
  ASSERT_EQ(Read->Skipped.size(), 1u);
  EXPECT_EQ(Read->Skipped[0].Reason, "skipped /src/x.s: not C");
  EXPECT_EQ(Read->SetupDigest, "abc");
  EXPECT_EQ(Read->Units[0].Findings[0].Loc.LineText, "  track(\"caf\xE9\", email);");
  // Written again, the same bytes: the format is deterministic.
  EXPECT_EQ(encodeFacts(*Read), encodeFacts(Contents));
}

TEST(FactsFileTest, CacheEntryComesBackUnderItsKeyOnly) {
  UnitOutcome Unit = everyField();
  std::string Bytes = encodeCacheEntry("key1", Unit);
  auto Back = decodeCacheEntry(Bytes, "e.entry", "key1");
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(describe(*Back), describe(Unit));
  auto Other = decodeCacheEntry(Bytes, "e.entry", "key2");
  ASSERT_FALSE(static_cast<bool>(Other));
  EXPECT_EQ(llvm::toString(Other.takeError()), "e.entry: cache entry belongs to another key");
  // A facts file is not a cache entry.
  auto Facts = decodeCacheEntry(encodeFacts(FactsContents()), "f.facts", "key1");
  ASSERT_FALSE(static_cast<bool>(Facts));
  EXPECT_NE(llvm::toString(Facts.takeError()).find("is not one"), std::string::npos);
}

TEST(FactsFileTest, DamageIsRefused) {
  FactsContents Contents;
  Contents.Units = {everyField()};
  std::string Good = encodeFacts(Contents);
  const std::string Corrupt = "is corrupt: its content does not match the size and digest of "
                              "its first line (truncated, or changed since it was written)";
  EXPECT_EQ(errorReading(Good), "");
  EXPECT_EQ(errorReading(Good.substr(0, Good.size() - 10)), Corrupt);
  std::string Changed = Good;
  Changed[Changed.size() - 3] ^= 0x20;
  EXPECT_EQ(errorReading(Changed), Corrupt);
  EXPECT_EQ(errorReading(""), "is not one: its first line is not 'piiflow-facts <format> "
                              "<version> <digest> <size>'");
  EXPECT_EQ(errorReading("{\"piiflowSummaries\": 1}\n"),
            "is not one: its first line is not 'piiflow-facts <format> <version> <digest> "
            "<size>'");
  // Another version, and another build of this version.
  std::string Older = Good;
  Older.replace(Older.find(buildIdentity()), buildIdentity().size(), "0.0.1+0123456789abcdef");
  EXPECT_EQ(errorReading(Older), "was written by another build of piiflow, "
                                 "0.0.1+0123456789abcdef (format 2); this is " +
                                     buildIdentity() + " (format 2): analyse its units again");
  std::string Rebuilt = Good;
  Rebuilt.replace(Rebuilt.find(buildIdentity()), buildIdentity().size(),
                  std::string(PIIFLOW_VERSION) + "+0000000000000000");
  EXPECT_NE(errorReading(Rebuilt).find("was written by another build of piiflow"),
            std::string::npos);
}

/// Body under the header of a valid facts file, with Body's own digest and size: a file made to
/// pass the digest.
std::string withValidHeader(const std::string &Body) {
  std::string Valid = encodeFacts(FactsContents());
  llvm::SmallVector<llvm::StringRef, 5> Fields;
  llvm::StringRef(Valid).split('\n').first.split(Fields, ' ');
  return (Fields[0] + " " + Fields[1] + " " + Fields[2] + " " + contentDigest(Body) + " " +
          std::to_string(Body.size()) + "\n" + Body)
      .str();
}

TEST(FactsFileTest, MadeUpContentIsRefused) {
  // 100,000 nested arrays would overflow the stack of a recursive reader.
  std::string Deep(100000, '\x81');
  Deep += '\xf6';
  EXPECT_EQ(errorReading(withValidHeader(Deep)),
            "is corrupt: its content is not CBOR, or nests deeper than 256 levels");
  EXPECT_EQ(errorReading(withValidHeader("\xff\xff")),
            "is corrupt: its content is not CBOR, or nests deeper than 256 levels");
  // CBOR, but not facts: a number, and an object without the fields.
  EXPECT_NE(errorReading(withValidHeader("\x01")).find("is malformed: "), std::string::npos);
  EXPECT_NE(errorReading(withValidHeader("\xa0")).find("is malformed: "), std::string::npos);
}

TEST(FactsFileTest, ContentDigest) {
  EXPECT_EQ(contentDigest("").size(), 32u);
  EXPECT_EQ(contentDigest("a"), contentDigest("a"));
  EXPECT_NE(contentDigest("a"), contentDigest("b"));
}

} // namespace

TEST(FactsFileTest, BuildIdentityIsTheVersionAndADigestOfTheExecutable) {
  const std::string &Identity = buildIdentity();
  ASSERT_EQ(Identity.size(), std::string(PIIFLOW_VERSION).size() + 17);
  EXPECT_EQ(Identity.substr(0, Identity.size() - 16), std::string(PIIFLOW_VERSION) + "+");
  EXPECT_EQ(Identity.find_first_not_of("0123456789abcdef", Identity.size() - 16),
            std::string::npos);
  EXPECT_EQ(&Identity, &buildIdentity());
}
