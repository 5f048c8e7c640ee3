//===--- Sanitizers.cpp - Hashes and pseudonymisation -------------------------------------------===//
//
// Keyed hashes (HMAC, libsodium crypto_auth, keyed crypto_generichash, the configured
// HashFunction) end the flow; plain hashes (SHA-256, MD5, std::hash) keep the facts, marked weak,
// for privacy-weak-pseudonymization.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"

namespace piiflow::flow {

/// Whether a call hashes: from the models (OpenSSL, libsodium, std::hash), the configured
/// HashFunction, or the callee's name. True: keyed (HMAC, pseudonymise, redact, encrypt, mask);
/// false: a plain hash (hash, sha256, md5, digest).
std::optional<bool> FunctionPass::sanitizerByName(const FunctionDecl *Callee, const std::string &Name) const {
  if (!TU.Options.HashFunction.empty() &&
      (Name == TU.Options.HashFunction ||
       llvm::StringRef(TU.Options.HashFunction).ends_with("::" + Name) ||
       llvm::StringRef(Name).ends_with("::" + TU.Options.HashFunction)))
    return true;
  if (!Callee->getIdentifier())
    return std::nullopt;
  static const char *const Keyed[] = {"hmac", "keyed", "pseudonym", "anonymi", "anonymis",
                                      "redact", "encrypt", "obfuscat", "scrub", "mask"};
  static const char *const Plain[] = {"hash", "sha1", "sha2", "sha3", "sha512", "md5", "digest"};
  std::string Lower = Callee->getName().lower();
  for (const char *Stem : Keyed)
    if (llvm::StringRef(Lower).contains(Stem))
      return true;
  for (const char *Stem : Plain)
    if (llvm::StringRef(Lower).contains(Stem))
      return false;
  return std::nullopt;
}

std::optional<AbstractValue> FunctionPass::applySanitizer(CallSite &Site) {
  const FunctionDecl *Callee = Site.Callee;
  const std::string &Name = *Site.Name;
  const Expr *Call = Site.Call;
  llvm::ArrayRef<AbstractValue> Args = Site.ArgValues;
  auto argExpr = [&](int Index) { return Site.argExpr(Index); };
  bool Keyed;
  std::vector<int> From;
  std::optional<int> Into;
  if (const SanitizerModel *M = TU.Models.sanitizerNamed(Name)) {
    Keyed = M->Keyed;
    if (M->KeyArg) {
      const Expr *Key = argExpr(*M->KeyArg);
      Keyed = Key && !Key->IgnoreParenImpCasts()->isNullPointerConstant(
                         TU.Ctx, Expr::NPC_ValueDependentIsNotNull);
    }
    From = M->From;
    Into = M->Into;
  } else if (std::optional<bool> ByName = sanitizerByName(Callee, Name)) {
    Keyed = *ByName;
  } else {
    return std::nullopt;
  }
  AbstractValue Out = AbstractValue::clean();
  if (!Keyed) {
    // Hashed without a key: still the same person's data, to anyone with a dictionary.
    auto weaken = [&](const AbstractValue &V) {
      unionInto(Out.Taints,
                weakened(V, Call->getExprLoc(), "hashed without a key by '" + Name + "'").Taints);
    };
    if (From.empty())
      for (const AbstractValue &V : Args)
        weaken(V);
    for (int Index : From)
      if (Index >= 0 && static_cast<size_t>(Index) < Args.size())
        weaken(Args[Index]);
    if (!Out.Taints.empty())
      Out.KnownClean = false;
  }
  if (Into)
    if (const Expr *Target = argExpr(*Into))
      if (std::optional<AccessPath> P = pathOf(Target))
        assignPath(*P, Out, Call->getExprLoc(), "written to '" + P->display() + "'");
  return Out;
}

} // namespace piiflow::flow
