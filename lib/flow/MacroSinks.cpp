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

/// The arguments of Invocation (`Name(a, b(c, d), "e,f")`, up to its closing parenthesis: the
/// text may go on), split at top-level commas and trimmed; Offset is Invocation's offset in its
/// file. Empty when it is not a call-like invocation.
std::vector<MacroArgument> splitArguments(llvm::StringRef Invocation, unsigned Offset) {
  std::vector<MacroArgument> Out;
  size_t Open = Invocation.find('(');
  if (Open == llvm::StringRef::npos)
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

/// A field of an event as written: its macro's model, and the texts of the event's invocation
/// that stand for the field's value, name and tags.
struct FieldUse {
  const MacroFieldModel *Field = nullptr;
  std::optional<MacroArgument> Value, Name;
  llvm::StringRef Tags;
};

const MacroFieldModel *fieldNamed(const MacroSinkModel &Model, llvm::StringRef Macro) {
  for (const MacroFieldModel &F : Model.Fields)
    if (F.Macro == Macro)
      return &F;
  return nullptr;
}

/// A field macro invoked directly: TraceLoggingValue(x, "name").
std::optional<FieldUse> directField(const MacroSinkModel &Model, const MacroArgument &Argument) {
  FieldUse Use;
  Use.Field = fieldNamed(Model, calleeName(Argument.Text));
  if (!Use.Field)
    return std::nullopt;
  std::vector<MacroArgument> Args = splitArguments(Argument.Text, Argument.Offset);
  auto at = [&](std::optional<int> I) -> std::optional<MacroArgument> {
    if (I && *I >= 0 && static_cast<size_t>(*I) < Args.size())
      return Args[*I];
    return std::nullopt;
  };
  Use.Value = at(Use.Field->ValueArg);
  Use.Name = at(Use.Field->NameArg);
  if (std::optional<MacroArgument> Tags = at(Use.Field->TagsArg))
    Use.Tags = Tags->Text;
  return Use;
}

/// A project's wrapper of a field macro, read from its definition (`#define
/// AICLI_TraceLoggingStringView(_sv_, _name_) TraceLoggingCountedUtf8String(_sv_.data(),
/// static_cast<ULONG>(_sv_.size()), _name_)`): the field it expands to, with the wrapper's own
/// arguments standing for the field's value, name and tags (or the definition's text where it
/// writes them itself). Inside is an expression of the event's expansion: one that the field
/// macro's body spells, invoked by the wrapper's body, invoked at Argument, tells both.
std::optional<FieldUse> wrappedField(const MacroSinkModel &Model, const MacroArgument &Argument,
                                     const Expr *Inside, const SourceManager &SM,
                                     const LangOptions &Lang) {
  llvm::StringRef Wrapper = calleeName(Argument.Text);
  if (Wrapper.empty())
    return std::nullopt;
  const MacroFieldModel *Field = nullptr;
  SourceLocation FieldLoc;
  SourceLocation Loc = Inside->getBeginLoc();
  for (unsigned Depth = 0; Loc.isMacroID() && Depth < 64;
       ++Depth, Loc = SM.getImmediateMacroCallerLoc(Loc)) {
    llvm::StringRef Name = Lexer::getImmediateMacroName(Loc, SM, Lang);
    if (Name == Wrapper && Field) {
      SourceLocation Invoked = SM.getSpellingLoc(SM.getImmediateExpansionRange(Loc).getBegin());
      if (SM.getFileOffset(Invoked) != Argument.Offset)
        return std::nullopt; // another use of the wrapper
      break;
    }
    Field = fieldNamed(Model, Name);
    FieldLoc = Loc;
  }
  if (!Field || !Loc.isMacroID())
    return std::nullopt;
  // The field macro's invocation as the wrapper's definition writes it, and the wrapper's
  // parameters from the #define before it.
  SourceLocation At = SM.getSpellingLoc(SM.getImmediateExpansionRange(FieldLoc).getBegin());
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(At), &Invalid);
  unsigned Offset = SM.getFileOffset(At);
  if (Invalid || Offset >= Buffer.size())
    return std::nullopt;
  size_t Define = Buffer.take_front(Offset).rfind((Wrapper + "(").str());
  if (Define == llvm::StringRef::npos || !Buffer.take_front(Define).rtrim().ends_with("define"))
    return std::nullopt;
  std::vector<MacroArgument> Params = splitArguments(Buffer.substr(Define), Define);
  std::vector<MacroArgument> FieldArgs = splitArguments(Buffer.substr(Offset), Offset);
  std::vector<MacroArgument> Args = splitArguments(Argument.Text, Argument.Offset);
  auto written = [&](std::optional<int> I) -> std::optional<MacroArgument> {
    if (I && *I >= 0 && static_cast<size_t>(*I) < FieldArgs.size())
      return FieldArgs[*I];
    return std::nullopt;
  };
  auto standIn = [&](std::optional<int> I) -> std::optional<MacroArgument> {
    std::optional<MacroArgument> Text = written(I);
    if (!Text)
      return std::nullopt;
    for (size_t P = 0; P < Params.size() && P < Args.size(); ++P)
      if (mentions(Text->Text, Params[P].Text))
        return Args[P];
    return std::nullopt;
  };
  FieldUse Use;
  Use.Field = Field;
  Use.Value = standIn(Field->ValueArg);
  Use.Name = standIn(Field->NameArg);
  if (!Use.Name)
    Use.Name = written(Field->NameArg); // a name the definition writes itself
  if (std::optional<MacroArgument> Tags = standIn(Field->TagsArg))
    Use.Tags = Tags->Text;
  else if (std::optional<MacroArgument> Tags = written(Field->TagsArg))
    Use.Tags = Tags->Text;
  return Use;
}

} // namespace

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
  std::vector<const Expr *> InExpansion;
  const CallExpr *Anchor = nullptr;
  llvm::SmallVector<const Stmt *, 64> Work = {FD.getBody()};
  while (!Work.empty()) {
    const Stmt *Node = Work.pop_back_val();
    if (!Node)
      continue;
    if (const auto *E = dyn_cast<Expr>(Node)) {
      SourceLocation Begin = E->getBeginLoc();
      if (Begin.isMacroID() && SM.getExpansionLoc(Begin) == SM.getExpansionLoc(Invocation)) {
        InExpansion.push_back(E);
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
    std::optional<FieldUse> Use = directField(*Model, Argument);
    if (!Use) {
      // A project's wrapper of a field macro.
      for (const Expr *E : InExpansion)
        if ((Use = wrappedField(*Model, Argument, E, SM, Lang)))
          break;
    }
    if (!Use || !Use->Value)
      continue;
    const MacroFieldModel &Field = *Use->Field;
    std::optional<DataKind> Declared;
    std::string DeclaredBy;
    bool Dropped = false;
    for (const auto &[Tag, Kind] : Model->FieldTags)
      if (mentions(Use->Tags, Tag)) {
        Dropped = Dropped || !Kind;
        if (Kind) {
          Declared = Kind;
          DeclaredBy = Tag;
        }
      }
    if (Dropped)
      continue; // removed by the telemetry client before upload
    auto Found = SpelledAt.find(Use->Value->Offset);
    if (Found == SpelledAt.end())
      continue;
    const Expr *ValueExpr = Found->second;
    std::string Key = Use->Value->Text.str();
    if (Use->Name) {
      llvm::StringRef NameText = Use->Name->Text;
      if (NameText.size() >= 2 && NameText.starts_with("\"") && NameText.ends_with("\""))
        Key = NameText.drop_front().drop_back().str();
    }
    AbstractValue Value = eval(ValueExpr);
    // The SDK's marker or the macro itself says what the value is.
    std::optional<DataKind> Kind = Field.Kind ? Field.Kind : Declared;
    if (Kind && !Value.KnownClean &&
        llvm::none_of(Value.Taints, [](const TaintFact &F) { return !F.isParameter(); })) {
      std::string Why = Field.Kind ? "field macro '" + Field.Macro + "'"
                                   : "declared by its field tag " + DeclaredBy;
      Value.Taints.push_back(sourceFact(Classification{*Kind, Why}, ValueExpr, "the field"));
    }
    reportSinkArgument(Anchor, Match, Model->Sink.Args.front(), ValueExpr, Value, nullptr,
                       nullptr, &Key);
  }
}

} // namespace piiflow::flow
