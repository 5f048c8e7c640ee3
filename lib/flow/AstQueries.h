//===--- AstQueries.h - Questions the pass asks of declarations, types and expressions ----------===//
//
// Names as the models spell them, the literal text of a key, the expression beneath implicit
// conversions and copies, and what a type can hold: the small AST helpers every transfer function
// shares.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_LIB_FLOW_ASTQUERIES_H
#define PIIFLOW_LIB_FLOW_ASTQUERIES_H

#include "piiflow/Classifier.h"
#include "piiflow/DataKind.h"
#include "piiflow/Models.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include <optional>
#include <string>

namespace piiflow::flow {

using namespace clang;

/// Qualified name without inline or anonymous namespaces and without template arguments:
/// std::__cxx11::basic_string<char>::c_str -> std::basic_string::c_str.
std::string qualifiedName(const NamedDecl *D);

/// The class of a value, a reference or a pointer; null for other types.
const CXXRecordDecl *recordOf(QualType T);

/// The expression beneath parentheses, implicit conversions, temporaries, casts and converting
/// constructors (std::string("email"), copies and moves).
const Expr *strip(const Expr *E);

/// The literal text of a key expression: "email", or a constant initialised with one.
std::optional<std::string> literalText(const Expr *E);
/// The name of the query item, form field or JSON field that E's text (its last literal) opens:
/// "...?v=1&cid=" gives "cid", "{\"user_id\":\"" gives "user_id".
std::optional<std::string> parameterNameBefore(const Expr *E);
/// The macros whose expansions Loc is in, innermost first (at most 64), into Names; returns
/// where the outermost was invoked (invalid when Loc is in no macro).
SourceLocation macroChain(SourceLocation Loc, const SourceManager &SM, const LangOptions &Lang,
                          llvm::SmallVectorImpl<llvm::StringRef> &Names);
/// Whether Arg's literal text (a string literal, or an enumerator's name) satisfies C.
bool conditionHolds(const ArgCondition &C, const Expr *Arg);

/// char pointers and arrays, and string classes (std::string, FString, QString, ...).
bool returnsText(QualType T);

/// Whether a member of type T holds callbacks: a function or member pointer, a std::function,
/// or a container, array, optional or smart pointer of them.
bool holdsCallables(QualType T);

/// Types that can never hold the data a name suggests: bool, enumerations, void.
bool cannotHoldPersonalData(QualType T);

/// A type that describes a place in the program (std::source_location, a SourceLocation, a stack
/// trace): a "location" of this type is no geographic location.
bool isSourceCodeLocationType(QualType T);

/// A const or constexpr variable initialised from literals (`constexpr auto kEventLogin =
/// "login"`, `const char *const kEvents[] = {...}`): it holds its literal, whatever its name says.
bool isConstantVariable(const VarDecl *VD);

/// The name of the object an expression reads (sender, msg.sender, msg->sender(), getSender()):
/// a variable's, a member's or a getter's name; empty for anything else.
llvm::StringRef objectName(const Expr *E);

/// Types whose value no name makes personal: bool, void, functions. (An enumeration can be a
/// gender; the vocabulary's typeKinds decide, see canHoldKind.)
bool cannotBeNamedData(QualType T);

/// The vocabulary's category of T: bool, enum, integer, floating, a std::chrono::duration, a size
/// (size_t, ssize_t, size_type, ptrdiff_t), or other.
TypeCategory typeCategoryOf(QualType T);

/// Whether a value of type T can hold data of Kind, by the vocabulary's typeKinds: an int can be
/// a user id or a phone number but not an email address; a double can be a coordinate.
bool canHoldKind(QualType T, DataKind Kind, const Classifier &Classes);

} // namespace piiflow::flow

#endif
