import sqlite3

import pytest

from accounts import create_app
from accounts.passwords import hash_password, verify_password


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "accounts.db")})


@pytest.fixture
def client(app):
    return app.test_client()


def test_register_then_login(client):
    resp = client.post("/register", json={"email": "sam@example.org", "password": "correct horse 42"})
    assert resp.status_code == 201
    user_id = resp.get_json()["id"]
    resp = client.post("/login", json={"email": "sam@example.org", "password": "correct horse 42"})
    assert resp.status_code == 200
    assert resp.get_json() == {"id": user_id, "email": "sam@example.org"}


def test_wrong_password_is_rejected(client):
    client.post("/register", json={"email": "sam@example.org", "password": "correct horse 42"})
    resp = client.post("/login", json={"email": "sam@example.org", "password": "correct horse 43"})
    assert resp.status_code == 401


def test_duplicate_registration(client):
    body = {"email": "kim@example.org", "password": "another passphrase"}
    assert client.post("/register", json=body).status_code == 201
    assert client.post("/register", json=body).status_code == 409


def test_password_is_not_stored_verbatim(app, client):
    client.post("/register", json={"email": "lee@example.org", "password": "plain text pw 9"})
    with sqlite3.connect(app.config["DATABASE"]) as conn:
        (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
    assert isinstance(stored, str) and stored
    assert "plain text pw 9" not in stored


def test_functions_round_trip():
    stored = hash_password("Zürich-Bahnhof 2024")
    assert isinstance(stored, str)
    assert verify_password("Zürich-Bahnhof 2024", stored) is True
    assert verify_password("zürich-bahnhof 2024", stored) is False
    assert verify_password("", stored) is False


def test_two_users_same_password(client):
    for email in ("a@example.org", "b@example.org"):
        assert client.post("/register", json={"email": email, "password": "shared password"}).status_code == 201
    for email in ("a@example.org", "b@example.org"):
        assert client.post("/login", json={"email": email, "password": "shared password"}).status_code == 200
