import pytest

from portal import accounts, create_app
from portal.db import connect


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "portal.db")})


def test_guardian_password_check(app):
    conn = connect(app.config["DATABASE"])
    accounts.create_parent(conn, "Ana.Silva@example.org", "Ana Silva", "first pass 1")
    assert accounts.check_password(conn, "ana.silva@example.org", "first pass 1")
    accounts.set_password(conn, "ana.silva@example.org", "second pass 2")
    assert not accounts.check_password(conn, "ana.silva@example.org", "first pass 1")
    assert accounts.check_password(conn, "ana.silva@example.org", "second pass 2")


def test_forgot_requires_email(app):
    assert app.test_client().post("/password/forgot", json={}).status_code == 400


def test_reset_validates_input(app):
    client = app.test_client()
    assert client.post("/password/reset", json={"email": "a@example.org"}).status_code == 400
    resp = client.post("/password/reset",
                       json={"email": "a@example.org", "code": "123456", "password": "short"})
    assert resp.status_code == 400
