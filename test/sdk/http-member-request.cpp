// A request kept in a member, its URL given by the constructor's initializer list, gains a header
// in the function that posts it: the request still goes to the vendor its URL names, whatever the
// header holds (here the user id again). A Mixpanel profile update built as a QVariantMap, turned
// into JSON and posted as a base64 form field. Negatives beside them: the same class posting to
// the app's own backend, the same profile update with the plan only.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <string>

struct Profile {
  std::string user_id;
  std::string plan;
};

class Tracker {
public:
  explicit Tracker(QNetworkAccessManager &nam)
      : nam_(nam), request_(QUrl("https://www.google-analytics.com/collect")) {}
  void send(const Profile &p) {
    QUrlQuery query;
    query.addQueryItem("uid", QString::fromStdString(p.user_id));
    request_.setRawHeader("X-User", QByteArray::fromStdString(p.user_id));
    nam_.post(request_, query.toString().toUtf8());
  }

private:
  QNetworkAccessManager &nam_;
  QNetworkRequest request_;
};
// CHECK: http-member-request.cpp:[[@LINE-7]]:10: warning: user identifier sent to Google Analytics (www.google-analytics.com) as HTTP request field "uid" in call to 'QNetworkAccessManager::post' [privacy-pii-to-analytics]
// CHECK: http-member-request.cpp:[[@LINE-10]]:54: note: 'p.user_id' is a user identifier (field 'Profile::user_id')
// CHECK: http-member-request.cpp:[[@LINE-11]]:5: note: stored in 'query' under key "uid"
// CHECK: http-member-request.cpp:[[@LINE-10]]:10: warning: user identifier sent to Google Analytics (www.google-analytics.com) in an HTTP request in call to 'QNetworkAccessManager::post' [privacy-pii-to-analytics]
// CHECK: http-member-request.cpp:[[@LINE-12]]:63: note: 'p.user_id' is a user identifier (field 'Profile::user_id')
// CHECK: http-member-request.cpp:[[@LINE-13]]:14: note: appended to 'request_'

class HomeTracker {
public:
  explicit HomeTracker(QNetworkAccessManager &nam)
      : nam_(nam), request_(QUrl("https://telemetry.example.org/collect")) {}
  void send(const Profile &p) {
    QUrlQuery query;
    query.addQueryItem("uid", QString::fromStdString(p.user_id));
    request_.setRawHeader("X-User", QByteArray::fromStdString(p.user_id));
    nam_.post(request_, query.toString().toUtf8());
  }

private:
  QNetworkAccessManager &nam_;
  QNetworkRequest request_;
};

// Positive: Mixpanel's /engage with the email under "$set", base64 JSON in a form field.
void updateProfile(QNetworkAccessManager &nam, const QString &attribute, const QVariant &value) {
  QMap<QString, QVariant> details;
  details[attribute] = value;
  QMap<QString, QVariant> body;
  body["$set"] = details;
  QByteArray data = QJsonDocument(QJsonObject::fromVariantMap(body)).toJson().toBase64();
  QUrlQuery form;
  form.addQueryItem("data", data);
  nam.post(QNetworkRequest(QUrl("https://api.mixpanel.com/engage")), form.toString().toUtf8());
}
void saveEmail(QNetworkAccessManager &nam, const Profile &p, const QString &email) {
  updateProfile(nam, "Plan", QString::fromStdString(p.plan));
  updateProfile(nam, "Email", email);
}
// CHECK: http-member-request.cpp:[[@LINE-2]]:3: warning: email address sent to Mixpanel (api.mixpanel.com) as HTTP request field "data" in call to 'QNetworkAccessManager::post' through 'updateProfile' [privacy-pii-to-analytics]
// CHECK: http-member-request.cpp:[[@LINE-3]]:31: note: 'email' is an email address (name 'email')
// CHECK: http-member-request.cpp:[[@LINE-4]]:31: note: passed to 'updateProfile'
// CHECK: http-member-request.cpp:[[@LINE-17]]:90: note: received as parameter 'value' of 'updateProfile'
// CHECK: http-member-request.cpp:[[@LINE-16]]:3: note: stored in 'details' under key "attribute"
// CHECK: http-member-request.cpp:[[@LINE-15]]:3: note: stored in 'body' under key "$set"
// CHECK: http-member-request.cpp:[[@LINE-13]]:3: note: stored in 'form' under key "data"
// CHECK: http-member-request.cpp:[[@LINE-13]]:7: note: sent to Mixpanel (api.mixpanel.com) by 'QNetworkAccessManager::post'

