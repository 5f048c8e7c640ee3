// Stub of the shape of Boost.Asio's TCP resolver and connect (boost/asio/ip/tcp.hpp,
// boost/asio/ip/basic_resolver.hpp, boost/asio/connect.hpp), written for piiflow's tests: the
// declarations an HTTP client built on Beast calls, nothing of their implementation.
#ifndef PIIFLOW_STUB_BOOST_ASIO_IP_TCP_HPP
#define PIIFLOW_STUB_BOOST_ASIO_IP_TCP_HPP
#include <string_view>

namespace boost {
namespace asio {
class any_io_executor {};
class io_context {
public:
  io_context();
  void run();
};
namespace ip {
template <typename InternetProtocol> class basic_resolver_results {};
template <typename InternetProtocol, typename Executor = any_io_executor> class basic_resolver {
public:
  using results_type = basic_resolver_results<InternetProtocol>;
  explicit basic_resolver(io_context &context);
  results_type resolve(std::string_view host, std::string_view service);
};
template <typename InternetProtocol, typename Executor = any_io_executor> class basic_socket {
public:
  explicit basic_socket(io_context &context);
};
class tcp {
public:
  class endpoint {};
  using resolver = basic_resolver<tcp>;
  using socket = basic_socket<tcp>;
};
} // namespace ip
template <typename Protocol, typename Executor, typename EndpointSequence>
typename Protocol::endpoint connect(ip::basic_socket<Protocol, Executor> &s,
                                    const EndpointSequence &endpoints);
} // namespace asio
} // namespace boost

#endif
