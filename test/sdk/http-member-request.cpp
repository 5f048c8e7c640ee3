// A request kept in a member, its URL given by the constructor's initializer list, gains a header
// in the function that posts it: the request still goes to the vendor its URL names, whatever the
// header holds (here the user id again). Negative beside it: the same class posting to the app's
// own backend.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
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
