def test_health(client):
    assert client.get("/health").get_json() == {"status": "ok"}


def test_register_requires_email_and_password(client):
    assert client.post("/register", json={"email": "sam@example.org"}).status_code == 400
    assert client.post("/register", json={"password": "long enough pw"}).status_code == 400
    assert client.post("/register", data="not json").status_code == 400


def test_register_rejects_short_password(client):
    resp = client.post("/register", json={"email": "sam@example.org", "password": "short"})
    assert resp.status_code == 400
    assert "too short" in resp.get_json()["error"]


def test_login_unknown_user(client):
    resp = client.post("/login", json={"email": "nobody@example.org", "password": "whatever123"})
    assert resp.status_code == 401
