"""The open data behind the shipped nginx (bench/nginx.conf.template): a CORS preflight reaches
the portal, other methods are refused by nginx before any body is read."""

import http.client

from tests.production.test_behind_nginx import behind_nginx  # noqa: F401 (the fixture)


def request(port, method, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        connection.request(method, path, headers={"Host": "127.0.0.1", **(headers or {})})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_a_cors_preflight_passes_nginx(behind_nginx):  # noqa: F811
    port, _ = behind_nginx
    status, headers, _ = request(port, "OPTIONS", "/api/v1/lookup", {
        "Origin": "https://www.example.fi", "Access-Control-Request-Method": "GET"})
    assert status == 204
    assert headers["access-control-allow-origin"] == "*"
    assert "GET" in headers["access-control-allow-methods"]


def test_get_passes_and_other_methods_are_refused(behind_nginx):  # noqa: F811
    port, _ = behind_nginx
    status, headers, _ = request(port, "GET", "/api/v1/")
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    assert request(port, "POST", "/api/v1/lookup")[0] == 405
    assert request(port, "DELETE", "/api/v1/municipalities")[0] == 405
