import pytest

from newsroom import create_app

EMAIL = "sam.okafor@example.org"
PASSWORD = "river-lantern-42"


@pytest.fixture
def app():
    app = create_app({"TESTING": True, "SECRET_KEY": "checks-only"})
    app.extensions["newsroom_store"].add_staff(EMAIL, PASSWORD, "editor")
    return app


@pytest.fixture
def origin(app):
    return app.config["FRONTEND_URL"].rstrip("/")


@pytest.fixture
def client(app):
    # The deployed API is only reachable over HTTPS.
    return app.test_client()


def _get(client, path, **kw):
    return client.get(path, base_url="https://api.example.org", **kw)


def _post(client, path, **kw):
    return client.post(path, base_url="https://api.example.org", **kw)


def _options(client, path, origin, method, headers="Content-Type"):
    return client.options(
        path,
        base_url="https://api.example.org",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": headers,
        },
    )


def _assert_cors(resp, origin):
    assert resp.headers.get("Access-Control-Allow-Origin") == origin
    assert resp.headers.get("Access-Control-Allow-Credentials", "").lower() == "true"


@pytest.mark.parametrize(
    "path,method",
    [("/api/articles", "POST"), ("/api/articles/1", "PUT"), ("/api/articles/1", "DELETE"),
     ("/auth/login", "POST")],
)
def test_preflight_from_frontend(client, origin, path, method):
    resp = _options(client, path, origin, method)
    assert resp.status_code in (200, 204)
    _assert_cors(resp, origin)
    allowed_methods = resp.headers.get("Access-Control-Allow-Methods", "").upper()
    assert method in allowed_methods
    assert "content-type" in resp.headers.get("Access-Control-Allow-Headers", "").lower()


def test_login_and_session_across_origin(client, origin):
    resp = _post(client, "/auth/login", json={"email": EMAIL, "password": PASSWORD},
                 headers={"Origin": origin})
    assert resp.status_code == 200
    _assert_cors(resp, origin)
    assert any(h.split("=", 1)[0].strip() == "session" for h in resp.headers.getlist("Set-Cookie"))

    me = _get(client, "/auth/me", headers={"Origin": origin})
    assert me.status_code == 200
    assert me.get_json()["email"] == EMAIL
    _assert_cors(me, origin)

    created = _post(client, "/api/articles", json={"headline": "Harbour bridge reopens"},
                    headers={"Origin": origin})
    assert created.status_code == 201
    _assert_cors(created, origin)


def test_error_responses_carry_cors_headers(client, origin):
    resp = _get(client, "/api/articles", headers={"Origin": origin})
    assert resp.status_code == 401
    _assert_cors(resp, origin)


def test_same_origin_requests_still_work(client):
    resp = _post(client, "/auth/login", json={"email": EMAIL, "password": PASSWORD})
    assert resp.status_code == 200
    assert _get(client, "/auth/me").status_code == 200
