//===--- MacroSinks.cpp - Events sent by a macro, read as written --------------------------------===//
//
// Microsoft's TraceLogging sends events through macros whose expansion is the SDK's business
// (templates, static metadata, ETW descriptors): TraceLoggingWrite(provider, "Event",
// TraceLoggingValue(x, "name"), TraceLoggingKeyword(MICROSOFT_KEYWORD_MEASURES), ...). A macro
// sink (MacroSinkModel) is read from its invocation's text: each field macro's value argument is
// the expression of the function whose spelling stands there, evaluated as any other, and the
// field's name is its key. The event leaves the machine only when an argument mentions a telemetry
// keyword or privacy tag; events without one stay in local ETW sessions and are not reported. Field
// tags are the SDK's privacy markers: dropped fields are not sent, hashed ones are declared personal.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

namespace piiflow::flow {

namespace {

/// One argument of a macro invocation, as written: its text and where it starts in the file.
struct MacroArgument {
  llvm::StringRef Text;
  unsigned Offset = 0;
};

/// The arguments of Invocation (`Name(a, b(c, d), "e,f")`), split at top-level commas and trimmed;
/// Offset is Invocation's offset in its file. Empty when it is not a call-like invocation.
std::vector<MacroArgument> splitArguments(llvm::StringRef Invocation, unsigned Offset) {
  std::vector<MacroArgument> Out;
  size_t Open = Invocation.find('(');
  if (Open == llvm::StringRef::npos || !Invocation.rtrim().ends_with(")"))
    return Out;
  int Depth = 0;
  char Quote = 0;
  size_t Start = Open + 1;
  auto add = [&](size_t End) {
    llvm::StringRef Raw = Invocation.slice(Start, End);
    size_t Lead = Raw.size() - Raw.ltrim().size();
    llvm::StringRef Text = Raw.trim();
    if (!Text.empty())
      Out.push_back(MacroArgument{Text, Offset + static_cast<unsigned>(Start + Lead)});
  };
  for (size_t I = Open + 1; I < Invocation.size(); ++I) {
    char C = Invocation[I];
    if (Quote) {
      if (C == '\\')
        ++I;
      else if (C == Quote)
        Quote = 0;
      continue;
    }
    if (C == '"' || C == '\'') {
      Quote = C;
    } else if (C == '(' || C == '[' || C == '{') {
      ++Depth;
    } else if (C == ')' || C == ']' || C == '}') {
      if (Depth-- == 0) {
        add(I);
        return Out;
      }
    } else if (C == ',' && Depth == 0) {
      add(I);
      Start = I + 1;
    }
  }
  return {};
}

/// Whether Text mentions Identifier as a whole token.
bool mentions(llvm::StringRef Text, llvm::StringRef Identifier) {
  auto identChar = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  for (size_t At = Text.find(Identifier); At != llvm::StringRef::npos;
       At = Text.find(Identifier, At + 1)) {
    size_t End = At + Identifier.size();
    if ((At == 0 || !identChar(Text[At - 1])) && (End == Text.size() || !identChar(Text[End])))
      return true;
  }
  return false;
}

/// The name a call-like argument invokes: TraceLoggingValue in `TraceLoggingValue(x, "n")`.
llvm::StringRef calleeName(llvm::StringRef Argument) {
  size_t Open = Argument.find('(');
  if (Open == llvm::StringRef::npos)
    return {};
  llvm::StringRef Name = Argument.take_front(Open).rtrim();
  return llvm::all_of(Name, [](char C) { return llvm::isAlnum(C) || C == '_'; }) ? Name : "";
}

} // namespace

/// The macros whose expansions Loc is in, innermost first, and where the outermost was invoked.
static SourceLocation macroChain(SourceLocation Loc, const SourceManager &SM,
                                 const LangOptions &Lang,
                                 llvm::SmallVectorImpl<llvm::StringRef> &Names) {
  SourceLocation Invocation;
  for (unsigned Depth = 0; Loc.isMacroID() && Depth < 64; ++Depth) {
    Names.push_back(Lexer::getImmediateMacroName(Loc, SM, Lang));
    Invocation = SM.getImmediateExpansionRange(Loc).getBegin();
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return Invocation;
}

void FunctionPass::reportMacroSink(const Stmt *S) {
  const LangOptions &Lang = TU.Ctx.getLangOpts();
  // The sink's macro anywhere in the chain: a project's own wrapper of it
  // (TraceLoggingWriteWrapper(...)) is read as written too, since the fields are its arguments.
  llvm::SmallVector<llvm::StringRef, 8> Chain;
  SourceLocation Invocation = macroChain(S->getBeginLoc(), SM, Lang, Chain);
  const SdkModel *Sdk = nullptr;
  const MacroSinkModel *Model = nullptr;
  for (llvm::StringRef Name : Chain)
    if (!Model && !Name.empty())
      Model = TU.Models.macroSinkNamed(Name, Sdk);
  if (!Model || Invocation.isMacroID() ||
      !MacroSinksReported.insert(Invocation.getRawEncoding()).second)
    return;
  CharSourceRange Range = SM.getExpansionRange(S->getBeginLoc());
  Range.setBegin(Invocation);
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Lang);
  std::vector<MacroArgument> Args = splitArguments(Text, SM.getFileOffset(Invocation));
  if (Args.empty())
    return;
  // Only telemetry leaves the machine: an event without a telemetry keyword stays local. The
  // keyword may be written as it is or through the project's own macros for it.
  auto isKeyword = [&](llvm::StringRef Name) { return llvm::is_contained(Model->SentWith, Name); };
  bool Sent = llvm::any_of(Model->SentWith,
                           [&](const std::string &Keyword) { return mentions(Text, Keyword); });

  // The expressions of this function spelled at each argument, and a call of the expansion to
  // anchor findings on (reportLoc takes it to the invocation).
  FileID File = SM.getFileID(Invocation);
  llvm::DenseMap<unsigned, const Expr *> SpelledAt;
  const CallExpr *Anchor = nullptr;
  llvm::SmallVector<const Stmt *, 64> Work = {FD.getBody()};
  while (!Work.empty()) {
    const Stmt *Node = Work.pop_back_val();
    if (!Node)
      continue;
    if (const auto *E = dyn_cast<Expr>(Node)) {
      SourceLocation Begin = E->getBeginLoc();
      if (Begin.isMacroID() && SM.getExpansionLoc(Begin) == SM.getExpansionLoc(Invocation)) {
        SourceLocation Spelled = SM.getSpellingLoc(Begin);
        if (SM.getFileID(Spelled) == File)
          SpelledAt.try_emplace(SM.getFileOffset(Spelled), E); // pre-order: the outermost
        if (!Anchor)
          Anchor = dyn_cast<CallExpr>(E);
        if (!Sent) {
          llvm::SmallVector<llvm::StringRef, 8> Names;
          macroChain(Begin, SM, Lang, Names);
          Sent = llvm::any_of(Names, isKeyword);
        }
      }
    }
    // Children in reverse, so that the walk is in source order.
    llvm::SmallVector<const Stmt *, 8> Children(Node->child_begin(), Node->child_end());
    Work.append(Children.rbegin(), Children.rend());
  }
  if (!Anchor || !Sent)
    return;

  SinkMatch Match{Sdk, &Model->Sink};
  for (const MacroArgument &Argument : Args) {
    llvm::StringRef Callee = calleeName(Argument.Text);
    const MacroFieldModel *Field = nullptr;
    for (const MacroFieldModel &F : Model->Fields)
      if (F.Macro == Callee)
        Field = &F;
    if (!Field)
      continue;
    std::vector<MacroArgument> FieldArgs = splitArguments(Argument.Text, Argument.Offset);
    if (static_cast<size_t>(Field->ValueArg) >= FieldArgs.size())
      continue;
    const MacroArgument &ValueArg = FieldArgs[Field->ValueArg];
    std::optional<DataKind> Declared;
    std::string DeclaredBy;
    if (Field->TagsArg && static_cast<size_t>(*Field->TagsArg) < FieldArgs.size()) {
      bool Dropped = false;
      for (const auto &[Tag, Kind] : Model->FieldTags)
        if (mentions(FieldArgs[*Field->TagsArg].Text, Tag)) {
          Dropped = Dropped || !Kind;
          if (Kind) {
            Declared = Kind;
            DeclaredBy = Tag;
          }
        }
      if (Dropped)
        continue; // removed by the telemetry client before upload
    }
    auto Found = SpelledAt.find(ValueArg.Offset);
    if (Found == SpelledAt.end())
      continue;
    const Expr *ValueExpr = Found->second;
    std::string Key = ValueArg.Text.str();
    if (Field->NameArg && static_cast<size_t>(*Field->NameArg) < FieldArgs.size()) {
      llvm::StringRef NameText = FieldArgs[*Field->NameArg].Text;
      if (NameText.size() >= 2 && NameText.starts_with("\"") && NameText.ends_with("\""))
        Key = NameText.drop_front().drop_back().str();
    }
    AbstractValue Value = eval(ValueExpr);
    // The SDK's marker or the macro itself says what the value is.
    std::optional<DataKind> Kind = Field->Kind ? Field->Kind : Declared;
    if (Kind && !Value.KnownClean &&
        llvm::none_of(Value.Taints, [](const TaintFact &F) { return !F.isParameter(); })) {
      std::string Why = Field->Kind ? "field macro '" + Field->Macro + "'"
                                    : "declared by its field tag " + DeclaredBy;
      Value.Taints.push_back(sourceFact(Classification{*Kind, Why}, ValueExpr, "the field"));
    }
    reportSinkArgument(Anchor, Match, Model->Sink.Args.front(), ValueExpr, Value, nullptr,
                       nullptr, &Key);
  }
}

} // namespace piiflow::flow
