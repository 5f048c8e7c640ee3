//===--- Sources.cpp - Paths, and what their names, types and models say ------------------------===//
//
// The access path an expression names, the value of a path (the state, a lambda's capture, a
// field entry of a struct, or a classification by name, annotation and type), a function's
// parameters as symbolic facts, modelled system sources (getlogin, getenv("USER")) and getters
// named after personal data.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "clang/Lex/Lexer.h"

namespace piiflow::flow {

/// The access path an lvalue expression names, if any.
std::optional<AccessPath> FunctionPass::pathOf(const Expr *E) {
  E = strip(E);
  if (!E)
    return std::nullopt;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return std::nullopt;
    // A reference to another place is that place; to a bag's element, no place of its own.
    if (const Alias *A = aliasOf(DRE))
      return A->KeyPrefix.empty() ? std::optional<AccessPath>(A->Target) : std::nullopt;
    return AccessPath{VD, {}};
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field)
      return std::nullopt;
    const Expr *Base = strip(ME->getBase());
    if (isa<CXXThisExpr>(Base))
      return AccessPath{&ThisRoot, {Field}};
    std::optional<AccessPath> BasePath = pathOf(Base);
    if (!BasePath)
      return std::nullopt;
    BasePath->Fields.push_back(Field);
    return BasePath;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
      return pathOf(UO->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    // *ptr, ptr-> on smart pointers; the stream of a `<<` chain.
    if ((Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) && Op->getNumArgs() == 1)
      return pathOf(Op->getArg(0));
    if (Op->getOperator() == OO_LessLess && Op->getNumArgs() == 2 && Op->isLValue())
      return pathOf(Op->getArg(0));
  }
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
    if (const CXXMethodDecl *MD = Member->getMethodDecl()) {
      // ptr.get() of a smart pointer.
      if (MD->getIdentifier() && MD->getName() == "get" && MD->getNumParams() == 0)
        return pathOf(Member->getImplicitObjectArgument());
      // A builder's link returns its own object: props.set("a", x).set("b", y).
      QualType Result = MD->getReturnType();
      if (Result->isLValueReferenceType() &&
          Result->getPointeeCXXRecordDecl() == MD->getParent())
        return pathOf(Member->getImplicitObjectArgument());
    }
  }
  return std::nullopt;
}

/// The value of a path: what the state knows, or what its name says; a struct also carries what
/// its fields hold (config.tags["k"] = v makes config a bag with that entry, and
/// config.resource = id an entry "resource").
AbstractValue FunctionPass::readPath(const AccessPath &Path, const Expr *Use) {
  AbstractValue V = readExactPath(Path, Use);
  Current.forEachChild(Path, [&](const AccessPath &Sub, const AbstractValue &) {
    AbstractValue Field = readPath(Sub, nullptr);
    for (const BagEntry &E : Field.Entries)
      V.addEntry(E);
    if (!Field.Taints.empty()) {
      BagEntry E;
      E.Key = Sub.Fields.back()->getNameAsString();
      E.KeyIsLiteral = true;
      E.Taints = Field.Taints;
      E.Site.Loc = Field.Taints.front().Trace.back().Loc;
      V.addEntry(E);
    }
    if (!Field.empty())
      V.KnownClean = false;
  });
  return V;
}

AbstractValue FunctionPass::readExactPath(const AccessPath &Path, const Expr *Use) {
  if (const AbstractValue *Known = Current.find(Path))
    return *Known;
  if (Path.Fields.empty() && Path.Root != &ThisRoot)
    if (const auto *VD = dyn_cast<VarDecl>(static_cast<const ValueDecl *>(Path.Root)))
      if (isConstantVariable(VD)) {
        AbstractValue Constant = AbstractValue::clean(); // its literal, not its name
        addDeclaredEndpoints(VD, Constant);
        return Constant;
      }
  if (Path.Fields.empty() && Path.Root != &ThisRoot) {
    // A variable this lambda captured: what it held where the lambda was made.
    auto Captured = TU.Captures.find(
        {&FD, static_cast<const ValueDecl *>(Path.Root)});
    if (Captured != TU.Captures.end() && (!Captured->second.empty() || Captured->second.KnownClean))
      return Captured->second;
  }
  if (!Path.Fields.empty()) {
    // A struct a source wrote into holds its data as entries named after fields.
    AccessPath Parent = Path;
    Parent.Fields.pop_back();
    if (const AbstractValue *ParentValue = Current.find(Parent)) {
      AbstractValue V;
      for (const BagEntry &E : ParentValue->Entries)
        if (E.Key == Path.Fields.back()->getName()) {
          unionInto(V.Taints, E.Taints);
          V.Callees.append(E.Callees.begin(), E.Callees.end());
        }
      if (!V.Taints.empty() || !V.Callees.empty())
        return V;
    }
  }
  AbstractValue V;
  if (!Use) {
    // Not a read of the user's (a write that adds to what the path holds): no name judges it,
    // but the endpoints its declaration names are its own (a member initialised with a URL).
    addDeclaredEndpoints(Path.Fields.empty() ? static_cast<const ValueDecl *>(Path.Root)
                                             : Path.Fields.back(),
                         V);
    return V;
  }
  // A prefix assigned a known value (a copied struct) says nothing of this field, so only
  // classify by name here.
  const ValueDecl *Leaf = Path.Fields.empty()
                              ? static_cast<const ValueDecl *>(Path.Root)
                              : Path.Fields.back();
  if (!Path.Fields.empty() && holdsCallables(Leaf->getType())) {
    // A member holding callbacks: whatever the unit stores into it.
    V.CalleeFields.push_back(cast<FieldDecl>(Leaf));
    return V;
  }
  if (cannotBeNamedData(Leaf->getType()))
    return V;
  if (!Path.Fields.empty()) {
    const ValueDecl *ObjectDecl = nullptr;
    if (Path.Fields.size() > 1)
      ObjectDecl = Path.Fields[Path.Fields.size() - 2];
    else if (Path.Root != &ThisRoot)
      ObjectDecl = static_cast<const ValueDecl *>(Path.Root);
    llvm::StringRef Object = ObjectDecl && ObjectDecl->getIdentifier() ? ObjectDecl->getName()
                                                                        : llvm::StringRef();
    AbstractValue Member =
        classifyMember(cast<FieldDecl>(Leaf), Use, "'" + Path.display() + "'", Object);
    addDeclaredEndpoints(Leaf, Member);
    readSharedState(Path, Use, Member);
    return Member;
  }
  std::optional<Classification> C =
      classifyDecl(Leaf, Leaf->getType(), NameContext::Variable, llvm::StringRef());
  const auto *Param = dyn_cast<ParmVarDecl>(Leaf);
  if (Param && Param->getDeclContext() != &FD)
    Param = nullptr; // a lambda's enclosing function's parameter
  if (C && canHoldKind(Leaf->getType(), C->Kind, TU.Classes)) {
    V.Taints.push_back(sourceFact(*C, Use, "'" + Path.display() + "'"));
    if (Param)
      V.Taints.back().FromParam = Param->getFunctionScopeIndex();
  }
  if (Param) {
    // Whatever callers pass: what this function does with it becomes its summary.
    TaintFact Marker;
    Marker.Param = Param->getFunctionScopeIndex();
    Marker.Trace.push_back(
        TraceStep{reportLoc(Param->getLocation()),
                  "received as parameter '" + Param->getNameAsString() + "' of '" +
                      TU.nameOf(&FD) + "'"});
    V.Taints.push_back(std::move(Marker));
  } else {
    addDeclaredEndpoints(Leaf, V);
    readSharedState(Path, Use, V);
  }
  return V;
}

/// A field read where nothing is known of it: its name, in its class, says what it holds.
AbstractValue FunctionPass::classifyMember(const FieldDecl *Field, const Expr *Use,
                                           std::string What, llvm::StringRef Object) {
  AbstractValue V;
  if (cannotBeNamedData(Field->getType()))
    return V;
  const auto *Owner = dyn_cast<RecordDecl>(Field->getDeclContext());
  llvm::StringRef Record = Owner && Owner->getIdentifier() ? Owner->getName() : llvm::StringRef();
  std::optional<Classification> C = classifyDecl(Field, Field->getType(), NameContext::Field, Record);
  if (!C)
    C = classifyByObject(Field, NameContext::Field, Record, Object);
  if (What.empty())
    What = "'" + sourceText(Use) + "'";
  if (C && canHoldKind(Field->getType(), C->Kind, TU.Classes))
    V.Taints.push_back(sourceFact(*C, Use, What));
  return V;
}

std::optional<Classification> FunctionPass::classifyByObject(const NamedDecl *Member,
                                                            NameContext Context,
                                                            llvm::StringRef Record,
                                                            llvm::StringRef Object) {
  if (Object.empty() || !Member->getIdentifier() || Member->hasAttr<AnnotateAttr>())
    return std::nullopt;
  std::optional<Classification> C = TU.classify(Member->getName(), Context, Object);
  if (!C)
    return std::nullopt;
  C->Evidence = (Context == NameContext::Function ? "function '" : "field '") +
                (Record.empty() ? "" : Record.str() + "::") + Member->getNameAsString() +
                "' of '" + Object.str() + "'";
  return C;
}

/// What a declaration says it holds, strongest evidence first: its annotation
/// ([[clang::annotate("pii:email")]], or "pii:none" to say it holds nothing personal), its name
/// (in its class), then its type's names through typedefs (EmailAddress, UserId). The type must
/// be able to hold the kind.
std::optional<Classification> FunctionPass::classifyDecl(const NamedDecl *D, QualType T, NameContext Context,
                                           llvm::StringRef Owner) {
  if (const auto *Annotation = D->getAttr<AnnotateAttr>()) {
    llvm::StringRef Text = Annotation->getAnnotation();
    if (Text.consume_front("pii:")) {
      if (Text == "none")
        return std::nullopt;
      if (std::optional<DataKind> Kind = parseDataKind(Text))
        return Classification{*Kind, "annotation 'pii:" + Text.str() + "'"};
    }
  }
  std::optional<Classification> C;
  if (D->getIdentifier())
    C = TU.classify(D->getName(), Context, Owner);
  if (!C)
    C = classifyType(T, D->getIdentifier() ? D->getName() : llvm::StringRef());
  if (C && !canHoldKind(T, C->Kind, TU.Classes))
    return std::nullopt;
  return C;
}

/// A type the vocabulary names as evidence (QHostAddress, CSteamID, sockaddr_in), unless the
/// variable's name vetoes it (bindAddress), or a type named for the data it holds:
/// `using EmailAddress = std::string;`, `struct PhoneNumber`.
std::optional<Classification> FunctionPass::classifyType(QualType T, llvm::StringRef VarName) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  for (int Depth = 0; Depth < 4; ++Depth) {
    const NamedDecl *Named = nullptr;
    if (const auto *TT = T->getAs<TypedefType>())
      Named = TT->getDecl();
    else if (const RecordDecl *RD = T->getAsRecordDecl())
      Named = RD;
    else if (const auto *ET = T->getAs<EnumType>())
      Named = ET->getDecl(); // enum class Gender
    if (!Named || !Named->getIdentifier())
      return std::nullopt;
    if (std::optional<Classification> C =
            TU.Classes.classifyTypeName(Named->getQualifiedNameAsString(), VarName)) {
      TU.explain(*C);
      return C;
    }
    if (std::optional<Classification> C =
            TU.classify(Named->getName(), NameContext::Variable)) {
      C->Evidence = "type '" + Named->getNameAsString() + "'";
      return C;
    }
    const auto *TT = T->getAs<TypedefType>();
    if (!TT)
      return std::nullopt;
    T = TT->desugar();
  }
  return std::nullopt;
}

TaintFact FunctionPass::sourceFact(const Classification &C, const Expr *Use, const std::string &What) {
  TaintFact F;
  F.Kind = C.Kind;
  F.Evidence = C.Evidence;
  F.Trace.push_back(TraceStep{reportLoc(Use->getBeginLoc()),
                              What + " is " + dataKindWithArticle(C.Kind) +
                                  " (" + C.Evidence + ")"});
  return F;
}

/// The value of a call to a modelled source, if Name is one whose conditions hold.
std::optional<AbstractValue> FunctionPass::fromSources(const CallSite &Site) {
  const std::string &Name = *Site.Name;
  const Expr *Call = Site.Call;
  auto argExpr = [&](int Index) { return Site.argExpr(Index); };
  std::optional<AbstractValue> Conditional;
  for (const SourceModel *Source : TU.Models.sourcesNamed(Name)) {
    // A wrapper that passes its parameter as the condition's argument: getenv(name). What the
    // source gives depends on each caller's literal (Summarise.cpp).
    int IfParamHolds = NoParam;
    if (Source->WhenArg && !conditionHolds(*Source->WhenArg, argExpr(Source->WhenArg->Index))) {
      const Expr *Arg = argExpr(Source->WhenArg->Index);
      const auto *Ref = Arg ? dyn_cast<DeclRefExpr>(strip(Arg)) : nullptr;
      const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
      if (!Param || Param->getDeclContext() != &FD || Source->OutArg || !Source->Field.empty())
        continue;
      IfParamHolds = static_cast<int>(Param->getFunctionScopeIndex());
    }
    std::string What = Source->OutArg ? "the buffer filled by '" + Name + "'"
                       : Source->WhenArg
                           ? "'" + sourceText(Call) + "'"
                           : "the result of '" + Name + "'";
    if (!Source->Field.empty())
      What = "the '" + Source->Field + "' of '" + Name + "'";
    Classification C{Source->Kind, "function '" + Name + "'"};
    TaintFact Fact = sourceFact(C, Call, What);
    if (IfParamHolds != NoParam) {
      Fact.IfParamHolds = IfParamHolds;
      Fact.Conditional = Source;
    }
    AbstractValue V;
    if (!Source->Field.empty()) {
      // The data is in a field of the result: an entry keyed by the field's name.
      BagEntry Entry;
      Entry.Key = Source->Field;
      Entry.KeyIsLiteral = true;
      Entry.Taints.push_back(Fact);
      Entry.Site.Loc = Fact.Trace.front().Loc;
      V.Entries.push_back(Entry);
    } else {
      V.Taints.push_back(Fact);
    }
    if (IfParamHolds != NoParam) {
      // Each of the sources a caller's literal may select.
      if (!Conditional)
        Conditional.emplace();
      Conditional->merge(V);
      continue;
    }
    if (Source->OutArg) {
      if (const Expr *OutExpr = argExpr(*Source->OutArg))
        if (std::optional<AccessPath> P = pathOf(OutExpr))
          Current.set(*P, V);
      return AbstractValue();
    }
    return V;
  }
  return Conditional;
}

/// Modelled sources: getlogin(), gethostname(buf, n), getenv("USER"), getpwuid(uid)->pw_name.
std::optional<AbstractValue> FunctionPass::applySource(CallSite &Site) {
  return fromSources(Site);
}

/// Getters named after personal data: user.email(), GetUserId(), profile->getPhone().
std::optional<AbstractValue> FunctionPass::classifyGetter(const CallSite &Site) {
  const FunctionDecl *Callee = Site.Callee;
  QualType Type = Site.Call->getType();
  if (cannotBeNamedData(Type) || Type->isVoidType() || Callee->getNumParams() != 0 ||
      !Site.Sinks->empty() || !Callee->getIdentifier())
    return std::nullopt;
  const auto *Owner = dyn_cast<RecordDecl>(Callee->getDeclContext());
  llvm::StringRef Record = Owner && Owner->getIdentifier() ? Owner->getName() : llvm::StringRef();
  std::optional<Classification> C =
      classifyDecl(Callee, Callee->getReturnType(), NameContext::Function, Record);
  if (!C && Site.Object)
    C = classifyByObject(Callee, NameContext::Function, Record, objectName(Site.Object));
  if (!C || !canHoldKind(Callee->getReturnType(), C->Kind, TU.Classes))
    return std::nullopt;
  AbstractValue V;
  std::string What =
      "'" + (Site.Object ? sourceText(Site.Call) : Callee->getNameAsString() + "()") + "'";
  V.Taints.push_back(sourceFact(*C, Site.Call, What));
  return V;
}

/// Whether the value as written can be data of Kind, by its type and its origin: a "location" key
/// whose value comes from __FILE__, __LINE__, __func__, std::source_location or an exception's
/// where() is a place in the program, not where a person is.
bool FunctionPass::valueCanBeOfKind(const Expr *Value, DataKind Kind) {
  if (!canHoldKind(valueType(Value), Kind, TU.Classes))
    return false;
  return Kind != DataKind::Location || !describesProgramLocation(Value);
}

bool FunctionPass::describesProgramLocation(const Expr *Value) {
  llvm::SmallVector<const Stmt *, 16> Work = {Value};
  for (unsigned Seen = 0; !Work.empty() && Seen < 64; ++Seen) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (isa<PredefinedExpr>(S) || isa<SourceLocExpr>(S))
      return true; // __func__, __FUNCTION__, __builtin_FILE()
    if (const auto *E = dyn_cast<Expr>(S)) {
      if (isSourceCodeLocationType(E->getType()))
        return true;
      SourceLocation Loc = E->getBeginLoc();
      if (Loc.isMacroID() && (isa<StringLiteral>(E) || isa<IntegerLiteral>(E))) {
        llvm::StringRef Macro = Lexer::getImmediateMacroName(Loc, SM, TU.Ctx.getLangOpts());
        if (Macro == "__FILE__" || Macro == "__LINE__" || Macro == "__FILE_NAME__" ||
            Macro == "__BASE_FILE__")
          return true;
      }
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
      if (const CXXMethodDecl *M = Call->getMethodDecl())
        if (M->getIdentifier() &&
            llvm::is_contained({"where", "file_name", "function_name", "source_location"},
                               M->getName()))
          return true;
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return false;
}

} // namespace piiflow::flow
