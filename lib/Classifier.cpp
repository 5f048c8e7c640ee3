//===--- Classifier.cpp - Token rules that map names and keys to kinds of personal data -----===//
//
// Tokenisation, compound expansion, look-alike exclusions and the ordered rule table. Rules are
// contiguous token sequences; the first rule that matches wins, so specific kinds (credentials)
// come before broad ones (user identifiers). Each rule is data in one table below.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Classifier.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"
#include <cctype>
#include <cstring>

namespace piiflow {
namespace {

/// Single tokens that are compounds of a rule's tokens.
std::vector<std::string> expandCompound(llvm::StringRef Token) {
  using V = std::vector<std::string>;
  return llvm::StringSwitch<V>(Token)
      .Cases("username", "uname", V{"user", "name"})
      .Cases("userid", "uid", V{"user", "id"})
      .Case("enduser", V{"user"})
      .Cases("emailaddress", "emailaddr", V{"email", "address"})
      .Cases("mailaddress", "mailaddr", V{"mail", "address"})
      .Cases("firstname", "forename", V{"first", "name"})
      .Cases("lastname", "surname", "familyname", V{"last", "name"})
      .Case("fullname", V{"full", "name"})
      .Case("givenname", V{"given", "name"})
      .Case("displayname", V{"display", "name"})
      .Case("realname", V{"real", "name"})
      .Case("nickname", V{"nick", "name"})
      .Case("screenname", V{"screen", "name"})
      .Case("loginname", V{"login", "name"})
      .Case("accountname", V{"account", "name"})
      .Cases("phonenumber", "phoneno", V{"phone", "number"})
      .Cases("telephone", "tel", "msisdn", V{"phone"})
      .Cases("ipaddr", "ipaddress", V{"ip", "address"})
      .Cases("ipv4", "ipv6", V{"ip"})
      .Case("clientip", V{"client", "ip"})
      .Case("remoteip", V{"remote", "ip"})
      .Case("remoteaddr", V{"remote", "address"})
      .Case("addr", V{"address"})
      .Case("deviceid", V{"device", "id"})
      .Case("macaddr", V{"mac", "address"})
      .Case("macaddress", V{"mac", "address"})
      .Case("hwid", V{"hardware", "id"})
      .Case("machineid", V{"machine", "id"})
      .Case("serialnumber", V{"serial", "number"})
      .Case("geolocation", V{"geo", "location"})
      .Case("lat", V{"latitude"})
      .Cases("lng", "lon", V{"longitude"})
      .Cases("passwd", "pwd", V{"password"})
      .Case("apikey", V{"api", "key"})
      .Case("accesstoken", V{"access", "token"})
      .Case("authtoken", V{"auth", "token"})
      .Case("refreshtoken", V{"refresh", "token"})
      .Case("customerid", V{"customer", "id"})
      .Case("accountid", V{"account", "id"})
      .Case("playerid", V{"player", "id"})
      .Case("memberid", V{"member", "id"})
      .Case("distinctid", V{"distinct", "id"})
      .Case("fname", V{"first", "name"})
      .Case("cardholdername", V{"cardholder", "name"})
      .Case("lname", V{"last", "name"})
      .Case("cust", V{"customer"})
      .Case("hostname", V{"host", "name"})
      .Case("computername", V{"computer", "name"})
      .Case("oauth", V{"o", "auth"})
      .Case("autologin", V{"auto", "login"})
      .Case("cc", V{"credit", "card"})
      .Case("saddr", V{"source", "address"})
      .Case("birthdates", V{"birth", "date"})
      .Case("installations", V{"installation"})
      .Case("zipcode", V{"zip", "code"})
      .Cases("postalcode", "postcode", V{"postal", "code"})
      .Case("streetaddress", V{"street", "address"})
      .Case("dateofbirth", V{"date", "of", "birth"})
      .Cases("birthdate", "birthday", V{"birth", "date"})
      .Case("dob", V{"date", "of", "birth"})
      .Case("byear", V{"birth", "year"})
      .Case("birthyear", V{"birth", "year"})
      .Case("creditcard", V{"credit", "card"})
      .Case("cardnumber", V{"card", "number"})
      .Case("passportnumber", V{"passport", "number"})
      .Default(V{Token.str()});
}

/// A token anywhere in the name that makes it metadata about personal data, not the data itself:
/// email_template_id, max_username_length, ip_protocol, address_family.
const llvm::StringSet<> &metadataTokens() {
  static const llvm::StringSet<> Set = {
      "template", "templates", "count",    "counts",   "num",        "len",
      "length",   "size",      "limit",    "max",      "min",        "enabled",
      "disabled", "enable",    "disable",  "regex",    "regexp",     "pattern",
      "format",   "formats",   "placeholder", "label", "hint",       "validator",
      "validation", "valid",   "invalid",  "verified", "column",     "field",
      "fields",   "protocol",  "family",   "version",  "type",       "types",
      "kind",     "mask",      "policy",   "setting",  "settings",   "config",
      "option",   "options",   "mode",     "required", "visible",    "index",
      "idx",      "offset",    "prefix",   "suffix",   "separator",  "column",
      "changed",  "status",    "flag",     "flags",    "header",     "headers",
      "width",    "height",    "color",    "font",     "icon",       "button",
      "dialog",   "widget",    "view",     "box",      "edit",       "input",
      "error",    "errors",    "domain",   "space",    "range",      "salt",
      "hashed",   "hash",      "digest",   "sha256",   "mask",       "masked",
      "redacted", "anonymized", "obfuscated", "encrypted", "strength", "policy",
      "provider", "sent",       "confirmation", "expired", "domains",  "vec",
      "country",  "timeout",    "ms",        "weight",   "boldness",
      "at",       "expires",    "retry",     "delay",    "request",    "change",
      "generator", "health",    "manager",   "locked",   "lock",       "results",
      "check",    "set",        "rule",      "start",    "end",        "interval",
      "intervals", "code",      "cake",      "warning",  "subject",    "verification",
      "state",    "chat",       "prompt"};
  return Set;
}

/// A first token that turns the name into a predicate or a count: is_email, hasPhone, numEmails.
const llvm::StringSet<> &predicateFirstTokens() {
  static const llvm::StringSet<> Set = {"is",   "b",     "has",   "should", "can",   "did",  "will",
                                        "needs", "use",  "uses",   "allow", "show", "n",
                                        "total", "on",   "send",   "validate", "check", "parse",
                                        "handle", "set", "clear",  "reset", "update", "delete",
                                        "remove", "hide", "mask",  "hash",  "redact", "compare",
                                        "resolve", "num",  "count", "max",   "min"};
  return Set;
}

/// Person-like classes: on them a bare "name" is a person's name and a bare "id" a user id.
bool isPersonRecord(llvm::StringRef Owner) {
  std::vector<std::string> Tokens = Classifier::tokenize(Owner, NameContext::Variable);
  static const llvm::StringSet<> People = {
      "user",     "customer", "person",  "account",   "member",  "contact", "profile",
      "player",   "employee", "patient", "subscriber", "author", "owner",   "recipient",
      "sender",   "buyer",    "guest",   "visitor",   "student", "citizen", "identity",
      "passenger", "client",  "attendee", "applicant", "candidate", "people", "users"};
  static const llvm::StringSet<> RecordSuffixes = {"record", "info", "data", "details",
                                                    "entry", "model", "dto", "row", "t"};
  if (Tokens.empty())
    return false;
  if (People.contains(Tokens.back()))
    return true;
  // CustomerRecord, UserInfo, user_data_t.
  return Tokens.size() > 1 && RecordSuffixes.contains(Tokens.back()) &&
         llvm::any_of(llvm::ArrayRef(Tokens).drop_back(),
                      [](const std::string &T) { return People.contains(T); });
}

struct Rule {
  DataKind Kind;
  std::vector<std::string> Sequence;
};

/// Ordered: the first match wins.
const std::vector<Rule> &rules() {
  static const std::vector<Rule> Rules = {
      {DataKind::Credential, {"password"}},
      {DataKind::Credential, {"passcode"}},
      {DataKind::Credential, {"passphrase"}},
      {DataKind::Credential, {"secret"}},
      {DataKind::Credential, {"credential"}},
      {DataKind::Credential, {"credentials"}},
      {DataKind::Credential, {"api", "key"}},
      {DataKind::Credential, {"private", "key"}},
      {DataKind::Credential, {"access", "token"}},
      {DataKind::Credential, {"auth", "token"}},
      {DataKind::Credential, {"refresh", "token"}},
      {DataKind::Credential, {"session", "token"}},
      {DataKind::Credential, {"bearer", "token"}},
      {DataKind::Credential, {"id", "token"}},
      {DataKind::Credential, {"jwt"}},
      {DataKind::Credential, {"login", "token"}},
      {DataKind::Credential, {"o", "auth", "token"}},
      {DataKind::Credential, {"session", "cookie"}},
      // HTTP headers recorded on spans (OpenTelemetry http.request.header.<name>, Datadog
      // http.request.headers.<name>): credentials and the client's address.
      {DataKind::Credential, {"header", "authorization"}},
      {DataKind::Credential, {"headers", "authorization"}},
      {DataKind::Credential, {"header", "proxy", "authorization"}},
      {DataKind::Credential, {"headers", "proxy", "authorization"}},
      {DataKind::Credential, {"header", "cookie"}},
      {DataKind::Credential, {"headers", "cookie"}},
      {DataKind::Credential, {"header", "set", "cookie"}},
      {DataKind::Credential, {"headers", "set", "cookie"}},
      {DataKind::GovernmentId, {"ssn"}},
      {DataKind::GovernmentId, {"social", "security", "number"}},
      {DataKind::GovernmentId, {"passport", "number"}},
      {DataKind::GovernmentId, {"passport", "no"}},
      {DataKind::GovernmentId, {"national", "id"}},
      {DataKind::GovernmentId, {"national", "identity", "number"}},
      {DataKind::GovernmentId, {"tax", "id"}},
      {DataKind::GovernmentId, {"document", "number"}},
      {DataKind::GovernmentId, {"document", "no"}},
      {DataKind::GovernmentId, {"identity", "number"}},
      {DataKind::GovernmentId, {"personal", "code"}},
      {DataKind::GovernmentId, {"social", "security"}},
      {DataKind::GovernmentId, {"ss", "number"}},
      {DataKind::GovernmentId, {"license", "number"}},
      {DataKind::GovernmentId, {"driver", "license"}},
      {DataKind::GovernmentId, {"drivers", "license"}},
      {DataKind::GovernmentId, {"driving", "licence"}},
      {DataKind::PaymentCard, {"card", "number"}},
      {DataKind::PaymentCard, {"card", "no"}},
      {DataKind::PaymentCard, {"last", "4"}},
      {DataKind::PaymentCard, {"credit", "card"}},
      {DataKind::PaymentCard, {"debit", "card"}},
      {DataKind::PaymentCard, {"cvv"}},
      {DataKind::PaymentCard, {"cvc"}},
      {DataKind::PaymentCard, {"card", "expiry"}},
      {DataKind::PaymentCard, {"card", "expiration"}},
      {DataKind::PaymentCard, {"iban"}},
      {DataKind::PaymentCard, {"bank", "account"}},
      {DataKind::DateOfBirth, {"date", "of", "birth"}},
      {DataKind::DateOfBirth, {"birth", "date"}},
      {DataKind::DateOfBirth, {"birth", "year"}},
      {DataKind::DateOfBirth, {"birth", "day"}},
      {DataKind::Email, {"email"}},
      {DataKind::Email, {"emails"}},
      {DataKind::Email, {"e", "mail"}},
      {DataKind::Email, {"mail", "address"}},
      {DataKind::Phone, {"phone", "num"}},
      {DataKind::Phone, {"phone", "no"}},
      {DataKind::Phone, {"phone"}},
      {DataKind::Phone, {"mobile", "number"}},
      {DataKind::Phone, {"cell", "number"}},
      {DataKind::DeviceId, {"device", "id"}},
      {DataKind::DeviceId, {"device", "info", "id"}},
      {DataKind::DeviceId, {"device", "token"}},
      {DataKind::DeviceId, {"push", "token"}},
      {DataKind::DeviceId, {"host", "name"}},
      {DataKind::DeviceId, {"host", "id"}},
      {DataKind::DeviceId, {"host", "uuid"}},
      {DataKind::DeviceId, {"host", "mac"}},
      {DataKind::DeviceId, {"computer", "name"}},
      {DataKind::DeviceId, {"machine", "identifier"}},
      {DataKind::DeviceId, {"device", "identifier"}},
      {DataKind::DeviceId, {"device", "uuid"}},
      {DataKind::DeviceId, {"advertising", "id"}},
      {DataKind::DeviceId, {"advertising", "identifier"}},
      {DataKind::DeviceId, {"ad", "id"}},
      {DataKind::DeviceId, {"idfa"}},
      {DataKind::DeviceId, {"idfv"}},
      {DataKind::DeviceId, {"gaid"}},
      {DataKind::DeviceId, {"aaid"}},
      {DataKind::DeviceId, {"android", "id"}},
      {DataKind::DeviceId, {"imei"}},
      {DataKind::DeviceId, {"meid"}},
      {DataKind::DeviceId, {"serial", "number"}},
      {DataKind::DeviceId, {"mac", "address"}},
      {DataKind::DeviceId, {"hardware", "id"}},
      {DataKind::DeviceId, {"machine", "id"}},
      {DataKind::DeviceId, {"installation", "id"}},
      {DataKind::DeviceId, {"install", "id"}},
      {DataKind::DeviceId, {"telemetry", "id"}},
      {DataKind::IpAddress, {"ip", "address"}},
      {DataKind::IpAddress, {"forwarded", "for"}},
      {DataKind::IpAddress, {"header", "forwarded"}},
      {DataKind::IpAddress, {"headers", "forwarded"}},
      {DataKind::IpAddress, {"source", "address"}},
      {DataKind::IpAddress, {"local", "address"}},
      {DataKind::IpAddress, {"client", "ip"}},
      {DataKind::IpAddress, {"remote", "ip"}},
      {DataKind::IpAddress, {"remote", "address"}},
      {DataKind::IpAddress, {"client", "address"}},
      {DataKind::IpAddress, {"peer", "address"}},
      {DataKind::IpAddress, {"ip"}},
      {DataKind::Location, {"latitude"}},
      {DataKind::Location, {"longitude"}},
      {DataKind::Location, {"gps"}},
      {DataKind::Location, {"geo", "location"}},
      {DataKind::Location, {"geo", "point"}},
      {DataKind::Location, {"coordinates"}},
      {DataKind::Location, {"user", "location"}},
      {DataKind::Location, {"current", "location"}},
      {DataKind::Location, {"home", "location"}},
      {DataKind::Location, {"last", "location"}},
      {DataKind::Location, {"precise", "location"}},
      {DataKind::PostalAddress, {"street"}},
      {DataKind::PostalAddress, {"street", "address"}},
      {DataKind::PostalAddress, {"home", "address"}},
      {DataKind::PostalAddress, {"postal", "address"}},
      {DataKind::PostalAddress, {"billing", "address"}},
      {DataKind::PostalAddress, {"shipping", "address"}},
      {DataKind::PostalAddress, {"mailing", "address"}},
      {DataKind::PostalAddress, {"delivery", "address"}},
      {DataKind::PostalAddress, {"zip", "code"}},
      {DataKind::PostalAddress, {"postal", "code"}},
      {DataKind::PostalAddress, {"address", "line"}},
      {DataKind::PostalAddress, {"address", "1"}},
      {DataKind::PostalAddress, {"address", "2"}},
      {DataKind::PostalAddress, {"address", "zip"}},
      {DataKind::PostalAddress, {"post", "code"}},
      {DataKind::FreeText, {"free", "text"}},
      {DataKind::FreeText, {"user", "input"}},
      {DataKind::FreeText, {"search", "query"}},
      {DataKind::FreeText, {"search", "term"}},
      {DataKind::FreeText, {"message", "body"}},
      {DataKind::FreeText, {"chat", "message"}},
      {DataKind::FreeText, {"comment", "text"}},
      {DataKind::FreeText, {"feedback", "text"}},
      {DataKind::FreeText, {"note", "text"}},
      {DataKind::FreeText, {"note", "body"}},
      {DataKind::Username, {"user", "name"}},
      {DataKind::Username, {"login", "name"}},
      {DataKind::Username, {"login"}},
      {DataKind::Username, {"nick", "name"}},
      {DataKind::Username, {"account", "name"}},
      {DataKind::Username, {"process", "owner"}},
      {DataKind::Username, {"player", "name"}},
      {DataKind::Username, {"gamer", "tag"}},
      {DataKind::PersonName, {"first", "name"}},
      {DataKind::PersonName, {"last", "name"}},
      {DataKind::PersonName, {"full", "name"}},
      {DataKind::PersonName, {"given", "name"}},
      {DataKind::PersonName, {"middle", "name"}},
      {DataKind::PersonName, {"display", "name"}},
      {DataKind::PersonName, {"real", "name"}},
      {DataKind::PersonName, {"legal", "name"}},
      {DataKind::PersonName, {"maiden", "name"}},
      {DataKind::PersonName, {"customer", "name"}},
      {DataKind::PersonName, {"person", "name"}},
      {DataKind::PersonName, {"contact", "name"}},
      {DataKind::PersonName, {"patient", "name"}},
      {DataKind::PersonName, {"owner", "name"}},
      {DataKind::PersonName, {"sender", "name"}},
      {DataKind::PersonName, {"recipient", "name"}},
      {DataKind::PersonName, {"author", "name"}},
      {DataKind::PersonName, {"caller", "name"}},
      {DataKind::PersonName, {"family", "name"}},
      {DataKind::PersonName, {"holder", "name"}},
      {DataKind::PersonName, {"cardholder", "name"}},
      {DataKind::PersonName, {"cardholder"}},
      {DataKind::UserId, {"user", "id"}},
      {DataKind::UserId, {"user", "info", "id"}},
      {DataKind::UserId, {"user", "pseudo", "id"}},
      {DataKind::UserId, {"user", "msa", "id"}},
      {DataKind::UserId, {"user", "hash"}},
      {DataKind::UserId, {"user", "uuid"}},
      {DataKind::UserId, {"user", "guid"}},
      {DataKind::UserId, {"user", "identifier"}},
      {DataKind::UserId, {"customer", "id"}},
      // Numbers that name a person's record: customer_no, accountNumber, memberNo.
      {DataKind::UserId, {"customer", "no"}},
      {DataKind::UserId, {"customer", "num"}},
      {DataKind::UserId, {"customer", "number"}},
      {DataKind::UserId, {"account", "no"}},
      {DataKind::UserId, {"account", "number"}},
      {DataKind::UserId, {"member", "no"}},
      {DataKind::UserId, {"member", "number"}},
      {DataKind::UserId, {"user", "no"}},
      {DataKind::UserId, {"user", "number"}},
      {DataKind::UserId, {"patient", "number"}},
      {DataKind::UserId, {"subscriber", "number"}},
      {DataKind::UserId, {"id", "user"}},
      {DataKind::UserId, {"id", "customer"}},
      {DataKind::UserId, {"id", "patient"}},
      {DataKind::UserId, {"patient", "id"}},
      {DataKind::UserId, {"employee", "id"}},
      {DataKind::UserId, {"employee", "num"}},
      {DataKind::UserId, {"employee", "number"}},
      {DataKind::UserId, {"account", "id"}},
      {DataKind::UserId, {"member", "id"}},
      {DataKind::UserId, {"player", "id"}},
      {DataKind::UserId, {"profile", "id"}},
      {DataKind::UserId, {"person", "id"}},
      {DataKind::UserId, {"subscriber", "id"}},
      {DataKind::UserId, {"distinct", "id"}},
      {DataKind::UserId, {"anonymous", "id"}},
      {DataKind::UserId, {"login", "id"}},
      {DataKind::UserId, {"external", "user", "id"}},
  };
  return Rules;
}


std::string evidenceFor(llvm::StringRef Name, NameContext Context, llvm::StringRef Owner) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  switch (Context) {
  case NameContext::Variable:
    OS << "name '" << Name << "'";
    break;
  case NameContext::Field:
    OS << "field '";
    if (!Owner.empty())
      OS << Owner << "::";
    OS << Name << "'";
    break;
  case NameContext::Function:
    OS << "function '" << Name << "'";
    break;
  case NameContext::Key:
  case NameContext::TraitKey:
    OS << "key \"" << Name << "\"";
    break;
  }
  return Out;
}

} // namespace

std::vector<std::string> Classifier::tokenize(llvm::StringRef NameIn, NameContext Context) {
  // Acronyms with a lower-case letter inside would split wrongly: IPv4Address.
  std::string Normalized = NameIn.str();
  for (auto [Acronym, Word] : {std::pair<const char *, const char *>{"IPv4", "Ipv4"},
                                {"IPv6", "Ipv6"},
                                {"IDs", "Ids"}}) {
    size_t Pos;
    while ((Pos = Normalized.find(Acronym)) != std::string::npos)
      Normalized.replace(Pos, std::strlen(Acronym), Word);
  }
  llvm::StringRef Name = Normalized;
  std::vector<std::string> Raw;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Raw.push_back(Current);
    Current.clear();
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!std::isalnum(static_cast<unsigned char>(C))) {
      Flush();
      continue;
    }
    if (!Current.empty()) {
      char Prev = Name[I - 1];
      bool Boundary =
          (std::islower(static_cast<unsigned char>(Prev)) && std::isupper(static_cast<unsigned char>(C))) ||
          (std::isdigit(static_cast<unsigned char>(Prev)) != std::isdigit(static_cast<unsigned char>(C))) ||
          (std::isupper(static_cast<unsigned char>(Prev)) && std::isupper(static_cast<unsigned char>(C)) &&
           I + 1 < Name.size() && std::islower(static_cast<unsigned char>(Name[I + 1])));
      if (Boundary)
        Flush();
    }
    Current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(C))));
  }
  Flush();

  // Hungarian-ish prefixes: m_email, s_userId, g_phone, kEmailKey.
  if (Raw.size() > 1 && Raw.front().size() == 1 &&
      llvm::is_contained(llvm::ArrayRef<llvm::StringRef>{"m", "s", "g", "k", "p"},
                         llvm::StringRef(Raw.front())))
    Raw.erase(Raw.begin());
  // A getter's verb: getEmail, fetchUserId, currentLocation stays.
  if (Context == NameContext::Function && Raw.size() > 1 &&
      llvm::is_contained(llvm::ArrayRef<llvm::StringRef>{"get", "fetch", "read", "load", "lookup", "query"},
                         llvm::StringRef(Raw.front())))
    Raw.erase(Raw.begin());

  // Compounds split by case or digits: Sur|Name, ipv|6, U|Id.
  for (size_t I = 0; I + 1 < Raw.size(); ++I) {
    std::string Joined = Raw[I] + Raw[I + 1];
    std::vector<std::string> Expanded = expandCompound(Joined);
    if (Expanded.size() != 1 || Expanded.front() != Joined) {
      Raw[I] = Joined;
      Raw.erase(Raw.begin() + I + 1);
    }
  }

  // Plurals of the nouns the rules use: usernames, phones, user_ids.
  static const llvm::StringSet<> Singulars = {"name", "username", "phone", "address", "id",
                                              "uid", "user", "password", "token", "number",
                                              "handle", "login", "ip", "ipaddress"};
  std::vector<std::string> Tokens;
  for (std::string T : Raw) {
    if (T.size() > 2 && T.back() == 's') {
      llvm::StringRef Singular = llvm::StringRef(T).drop_back();
      if (Singular.ends_with("se") && Singulars.contains(Singular.drop_back()))
        Singular = Singular.drop_back(); // addresses
      if (Singulars.contains(Singular))
        T = Singular.str();
    }
    for (std::string &E : expandCompound(T))
      Tokens.push_back(std::move(E));
  }
  return Tokens;
}

namespace {

/// Where a rule's phrase stands among the tokens, if it does.
std::optional<std::pair<size_t, size_t>> findSequence(const std::vector<std::string> &Tokens,
                                                      const std::vector<std::string> &Sequence) {
  if (Sequence.size() > Tokens.size())
    return std::nullopt;
  for (size_t I = 0; I + Sequence.size() <= Tokens.size(); ++I)
    if (std::equal(Sequence.begin(), Sequence.end(), Tokens.begin() + I))
      return std::make_pair(I, I + Sequence.size());
  return std::nullopt;
}

/// Qualifiers before a phrase that make it someone else's, or not a value at all:
/// bot_username, support_email_address, need_email_address, test_device_ids.
const llvm::StringSet<> &foreignQualifiers() {
  static const llvm::StringSet<> Set = {
      "bot",     "support", "service", "system",  "anonymous", "dummy",
      "example", "sample",  "fake",    "mock",    "need",    "needs",     "wait",    "waiting",
      "skip",    "verify",  "check",   "print",   "category", "enum",     "package", "plugin",
      "section", "timezone", "video",  "audio",   "capture", "playback",  "font",    "file",
      "class",   "module",  "locale",  "lang",    "hotkey",  "gif",       "venue",   "search",
      "windows", "inline",  "crashpad", "netmask", "delim",  "hostname", "protect", "was",
      "remote",  "db",      "server",  "instance", "gcp",
      "extract", "copy",    "phrase",  "sort"};
  return Set;
}

/// Words before a phrase that make the name a constant about the data: kAuthErrorInvalidEmail,
/// MAX_VALID_MAP_LATITUDE, FLAGS_tls_hostname, PiiKind_PhoneNumber.
const llvm::StringSet<> &constantQualifiers() {
  static const llvm::StringSet<> Set = {"error", "errors", "invalid", "empty", "flags", "max",
                                        "min",   "valid",  "record",  "pii",   "scrub", "kind",
                                        "update", "has",   "is"};
  return Set;
}

/// Generic field names that the owning record makes personal: Card::number, Address::zip.
std::optional<DataKind> ownerImpliedKind(const std::vector<std::string> &Tokens,
                                         llvm::StringRef Owner) {
  std::vector<std::string> OwnerTokens = Classifier::tokenize(Owner, NameContext::Variable);
  auto ownerHas = [&](std::initializer_list<llvm::StringRef> Words) {
    for (const std::string &T : OwnerTokens)
      if (llvm::is_contained(Words, llvm::StringRef(T)))
        return true;
    return false;
  };
  auto nameIs = [&](std::initializer_list<llvm::StringRef> Words) {
    for (const std::string &T : Tokens)
      if (!llvm::is_contained(Words, llvm::StringRef(T)) && !llvm::all_of(T, ::isdigit))
        return false;
    return !Tokens.empty();
  };
  if (ownerHas({"card", "credit"}) &&
      nameIs({"number", "last", "4", "exp", "expiry", "expire", "expiration", "month", "mon",
              "year", "security", "code", "cvc", "cvv", "masked", "dynamic", "no"}))
    return DataKind::PaymentCard;
  if (ownerHas({"address"}) && nameIs({"address", "line", "zip", "street", "postcode", "code"}))
    return DataKind::PostalAddress;
  if (ownerHas({"driver", "license", "licence"}) && Tokens.size() > 1 &&
      nameIs({"license", "licence", "details", "number", "no"}))
    return DataKind::GovernmentId;
  if (ownerHas({"passport", "identity", "document"}) && nameIs({"number", "no", "document"}))
    return DataKind::GovernmentId;
  return std::nullopt;
}

} // namespace

llvm::Error Classifier::addExtraNames(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 4> Entries;
  Text.split(Entries, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Entry : Entries) {
    Entry = Entry.trim();
    auto [Name, KindText] = Entry.split('=');
    std::optional<DataKind> Kind = parseDataKind(KindText.trim());
    std::vector<std::string> Tokens = tokenize(Name.trim(), NameContext::Key);
    if (Tokens.empty() || !Kind)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "extra name '%s': expected <name>=<kind> with a known kind",
                                     Entry.str().c_str());
    ExtraNames.emplace_back(std::move(Tokens), *Kind);
  }
  return llvm::Error::success();
}

std::optional<Classification> Classifier::classify(llvm::StringRef Name, NameContext Context,
                                                   llvm::StringRef OwnerRecord) const {
  std::vector<std::string> Tokens = tokenize(Name, Context);
  for (const auto &[Sequence, Kind] : ExtraNames)
    if (findSequence(Tokens, Sequence))
      return Classification{Kind, evidenceFor(Name, Context, OwnerRecord)};
  // Telemetry keys nest their fields in records: UserInfo.MsaId, DeviceInfo.Id.
  if (Context == NameContext::Key || Context == NameContext::TraitKey)
    llvm::erase_if(Tokens, [](const std::string &T) { return T == "info" || T == "details"; });
  if (Tokens.empty())
    return std::nullopt;
  if (predicateFirstTokens().contains(Tokens.front()) && Tokens.size() > 1)
    return std::nullopt;

  for (const Rule &R : rules()) {
    std::optional<std::pair<size_t, size_t>> At = findSequence(Tokens, R.Sequence);
    if (!At)
      continue;
    // The head noun decides: a metadata word after the phrase makes the name about the data,
    // not the data (email_template_id, phone_country_code, password_generator).
    for (size_t I = At->second; I < Tokens.size(); ++I)
      if (metadataTokens().contains(Tokens[I]) ||
          (Tokens[I] == "id" && R.Kind != DataKind::UserId && R.Kind != DataKind::DeviceId &&
           R.Kind != DataKind::GovernmentId))
        return std::nullopt;
    // A qualifier before it may make it someone else's or no value at all (bot_username,
    // need_email_address); a secret stays a secret whoever's it is (proxy_password).
    for (size_t I = 0; I < At->first; ++I)
      if ((I == 0 && predicateFirstTokens().contains(Tokens[I])) ||
          constantQualifiers().contains(Tokens[I]) ||
          (R.Kind != DataKind::Credential && foreignQualifiers().contains(Tokens[I])))
        return std::nullopt;
    // A host's name is a device identifier where telemetry sends it as a key; a variable named
    // hostname is mostly the server's.
    if (R.Sequence == std::vector<std::string>{"host", "name"} && Context != NameContext::Key &&
        Context != NameContext::TraitKey && Context != NameContext::Function)
      return std::nullopt;
    return Classification{R.Kind, evidenceFor(Name, Context, OwnerRecord)};
  }
  if (Context == NameContext::Field || Context == NameContext::Function)
    if (std::optional<DataKind> Kind = ownerImpliedKind(Tokens, OwnerRecord))
      return Classification{*Kind, evidenceFor(Name, Context, OwnerRecord)};
  for (const std::string &T : Tokens)
    if (metadataTokens().contains(T))
      return std::nullopt;

  // A bare "name" or "id" belongs to the person when its owner is one.
  bool PersonContext = Context == NameContext::TraitKey ||
                       ((Context == NameContext::Field || Context == NameContext::Function) &&
                        isPersonRecord(OwnerRecord));
  if (PersonContext && Tokens.size() == 1) {
    if (Tokens.front() == "name")
      return Classification{DataKind::PersonName, evidenceFor(Name, Context, OwnerRecord)};
    if (Tokens.front() == "id" || Tokens.front() == "uuid" || Tokens.front() == "guid")
      return Classification{DataKind::UserId, evidenceFor(Name, Context, OwnerRecord)};
    if (Tokens.front() == "address" || Tokens.front() == "addr")
      return Classification{DataKind::PostalAddress, evidenceFor(Name, Context, OwnerRecord)};
  }
  // An analytics key "location" is the user's.
  if ((Context == NameContext::Key || Context == NameContext::TraitKey) && Tokens.size() == 1 &&
      Tokens.front() == "location")
    return Classification{DataKind::Location, evidenceFor(Name, Context, OwnerRecord)};
  return std::nullopt;
}

} // namespace piiflow
