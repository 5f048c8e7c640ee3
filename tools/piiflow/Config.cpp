//===--- Config.cpp - Reading the privacy-* configuration of .clang-tidy files ---------------===//
//
// See Config.h. clang-tidy's parseConfigurationWithDiags reads each file; its errors carry the
// file's line. clang-tidy's FileOptionsProvider prints a bad file's error and goes on without it,
// where the tool fails the unit, so the walk up the directories is done here, with the same
// InheritParentConfig rule and the same mergeWith.
//
//===----------------------------------------------------------------------------------------===//
#include "Config.h"
#include "piiflow/Analysis.h"
#include "piiflow/CheckOptions.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

namespace piiflow {

namespace {

using clang::tidy::ClangTidyOptions;

const char *const PrivacyChecks[] = {CheckName, WeakPseudonymizationCheckName};

/// The 1-based line of the first occurrence of Key in Text (1 if it is not there verbatim).
unsigned lineOfKey(llvm::StringRef Text, llvm::StringRef Key) {
  size_t At = Text.find(Key);
  return At == llvm::StringRef::npos ? 1 : 1 + Text.take_front(At).count('\n');
}

/// One .clang-tidy, parsed by clang-tidy; an error is "file:line:col: error: ...".
llvm::Expected<ClangTidyOptions> parseFile(llvm::StringRef Text, const std::string &File) {
  std::string Errors;
  auto Parsed = clang::tidy::parseConfigurationWithDiags(
      llvm::MemoryBufferRef(Text, File), [&](const llvm::SMDiagnostic &D) {
        if (D.getKind() != llvm::SourceMgr::DK_Error || !Errors.empty())
          return;
        // One line, "file:line:col: message": the caller says it is an error.
        Errors = (llvm::Twine(D.getFilename()) + ":" + llvm::Twine(D.getLineNo()) + ":" +
                  llvm::Twine(D.getColumnNo() + 1) + ": " + D.getMessage())
                     .str();
      });
  if (!Parsed || !Errors.empty()) {
    std::string Message = llvm::StringRef(Errors).trim().str();
    if (Message.empty())
      Message = File + ": " + Parsed.getError().message();
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s", Message.c_str());
  }
  // clang-tidy accepts any option; a misspelt privacy option would be lost.
  for (const auto &Option : Parsed->CheckOptions) {
    llvm::StringRef Key = Option.getKey();
    for (llvm::StringRef Check : PrivacyChecks)
      if (Key.starts_with(Check) && Key.drop_front(Check.size()).starts_with(".") &&
          !isKnownCheckOption(Key.drop_front(Check.size() + 1)))
        return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s:%u: %s", File.c_str(),
                                       lineOfKey(Text, Key),
                                       unknownCheckOptionMessage(Key).c_str());
  }
  return std::move(*Parsed);
}

llvm::Expected<ClangTidyOptions> readFile(const std::string &File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "%s: cannot read: %s", File.c_str(),
                                   Buffer.getError().message().c_str());
  return parseFile((*Buffer)->getBuffer(), File);
}

/// The globs of Checks (comma or newline separated, as clang-tidy splits them) that name a
/// privacy check: their pattern, without the leading '-', starts with "privacy".
std::string privacyGlobsOf(llvm::StringRef Checks) {
  llvm::SmallVector<llvm::StringRef, 16> Globs;
  Checks.split(Globs, ',', -1, false);
  std::string Kept;
  for (llvm::StringRef Line : Globs) {
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Line.split(Parts, '\n', -1, false);
    for (llvm::StringRef Glob : Parts) {
      Glob = Glob.trim();
      if (Glob.starts_with("privacy") || Glob.starts_with("-privacy"))
        Kept += "," + Glob.str();
    }
  }
  return Kept;
}

/// The enabled checks and the options of each, from Options merged from the files (the nearest
/// of which is File) and the command line's --checks.
CheckConfig settingsOf(const ClangTidyOptions &Options, std::string File,
                       llvm::StringRef CommandLineChecks) {
  CheckConfig Config;
  Config.File = std::move(File);
  std::string FileGlobs = "privacy-*";
  if (Options.Checks)
    FileGlobs += privacyGlobsOf(*Options.Checks);
  clang::tidy::GlobList ByFiles(FileGlobs);
  std::string Globs = FileGlobs;
  if (!CommandLineChecks.trim().empty())
    Globs += "," + CommandLineChecks.str();
  clang::tidy::GlobList Enabled(Globs);
  bool AnyByFiles = false;
  for (const char *Check : PrivacyChecks) {
    CheckSettings &Settings = Config.Checks[Check];
    Settings.Enabled = Enabled.contains(Check);
    AnyByFiles |= ByFiles.contains(Check);
    for (const char *Name : KnownCheckOptions) {
      auto Local = Options.CheckOptions.find((llvm::Twine(Check) + "." + Name).str());
      auto Global = Options.CheckOptions.find(Name);
      if (Local != Options.CheckOptions.end())
        Settings.Values[Name] = Local->getValue().Value;
      else if (Global != Options.CheckOptions.end())
        Settings.Values[Name] = Global->getValue().Value;
    }
  }
  if (!Config.anyEnabled())
    Config.DisabledBy = AnyByFiles || Config.File.empty() ? "--checks" : Config.File;
  return Config;
}

} // namespace

CheckConfig::CheckConfig() {
  for (const char *Check : PrivacyChecks)
    Checks[Check];
}

const CheckSettings &CheckConfig::of(llvm::StringRef Check) const {
  return Checks.at(Check.str());
}

bool CheckConfig::anyEnabled() const {
  for (const auto &[Name, Settings] : Checks)
    if (Settings.Enabled)
      return true;
  return false;
}

llvm::Expected<CheckConfig> loadCheckConfig(llvm::StringRef SourceFile,
                                            llvm::StringRef CommandLineChecks) {
  llvm::SmallString<256> Dir(SourceFile);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  // Nearest first; a file whose InheritParentConfig is true lets the walk go on.
  std::vector<ClangTidyOptions> Chain;
  std::string Nearest;
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Candidate(D);
    llvm::sys::path::append(Candidate, ".clang-tidy");
    if (!llvm::sys::fs::is_regular_file(Candidate))
      continue;
    auto Options = readFile(std::string(Candidate));
    if (!Options)
      return Options.takeError();
    if (Nearest.empty())
      Nearest = std::string(Candidate);
    bool Inherit = Options->InheritParentConfig.value_or(false);
    Chain.push_back(std::move(*Options));
    if (!Inherit)
      break;
  }
  ClangTidyOptions Merged;
  for (size_t I = Chain.size(); I-- > 0;)
    Merged.mergeWith(Chain[I], Chain.size() - I);
  return settingsOf(Merged, Nearest, CommandLineChecks);
}

llvm::Expected<CheckConfig> parseCheckConfig(llvm::StringRef Text, const std::string &File,
                                             llvm::StringRef CommandLineChecks) {
  auto Options = parseFile(Text, File);
  if (!Options)
    return Options.takeError();
  return settingsOf(*Options, File, CommandLineChecks);
}

} // namespace piiflow
