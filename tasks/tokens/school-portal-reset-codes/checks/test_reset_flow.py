import re
from datetime import datetime, timedelta, timezone

import pytest

from portal import accounts, create_app, reset
from portal.db import connect
from portal.mailer import Outbox

T0 = datetime(2025, 3, 12, 8, 30, tzinfo=timezone.utc)
EMAIL = "ana.silva@example.org"


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "portal.db")})


@pytest.fixture
def conn(app):
    conn = connect(app.config["DATABASE"])
    accounts.create_parent(conn, EMAIL, "Ana Silva", "old password 1")
    return conn


def _code_from(message):
    match = re.search(r"(?<!\d)(\d{6})(?!\d)", message.subject + "\n" + message.body)
    assert match, message.body
    return match.group(1)


def _request(conn, now=T0):
    outbox = Outbox()
    reset.request_reset(conn, outbox, EMAIL, now=now)
    assert len(outbox.sent) == 1
    assert outbox.sent[0].to == EMAIL
    return _code_from(outbox.sent[0])


def test_code_resets_password_once(conn):
    code = _request(conn)
    assert re.fullmatch(r"\d{6}", code)
    assert reset.confirm_reset(conn, EMAIL, code, "new password 2", now=T0 + timedelta(minutes=5)) is True
    assert accounts.check_password(conn, EMAIL, "new password 2")
    assert not accounts.check_password(conn, EMAIL, "old password 1")
    assert reset.confirm_reset(conn, EMAIL, code, "third password 3", now=T0 + timedelta(minutes=6)) is False
    assert accounts.check_password(conn, EMAIL, "new password 2")


def test_wrong_code_is_refused(conn):
    code = _request(conn)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert reset.confirm_reset(conn, EMAIL, wrong, "new password 2", now=T0) is False
    assert accounts.check_password(conn, EMAIL, "old password 1")


def test_expired_code_is_refused(conn):
    code = _request(conn)
    assert reset.confirm_reset(conn, EMAIL, code, "new password 2", now=T0 + timedelta(minutes=16)) is False
    assert accounts.check_password(conn, EMAIL, "old password 1")


def test_code_locks_after_too_many_wrong_attempts(conn):
    code = _request(conn)
    wrong = f"{(int(code) + 7) % 1_000_000:06d}"
    for _ in range(5):
        assert reset.confirm_reset(conn, EMAIL, wrong, "new password 2", now=T0) is False
    assert reset.confirm_reset(conn, EMAIL, code, "new password 2", now=T0) is False
    assert accounts.check_password(conn, EMAIL, "old password 1")


def test_newest_code_works(conn):
    _request(conn, now=T0)
    latest = _request(conn, now=T0 + timedelta(minutes=2))
    assert reset.confirm_reset(conn, EMAIL, latest, "new password 2", now=T0 + timedelta(minutes=3)) is True


def test_unknown_address_gets_nothing(conn):
    outbox = Outbox()
    reset.request_reset(conn, outbox, "nobody@example.org", now=T0)
    assert outbox.sent == []
    assert reset.confirm_reset(conn, "nobody@example.org", "123456", "new password 2", now=T0) is False


def test_http_flow(app, conn):
    client = app.test_client()
    resp = client.post("/password/forgot", json={"email": EMAIL})
    assert resp.status_code == 202
    sent = app.extensions["mailer"].sent
    assert len(sent) == 1
    code = _code_from(sent[0])
    resp = client.post("/password/reset", json={"email": EMAIL, "code": code, "password": "from the web 9"})
    assert resp.status_code == 204
    assert accounts.check_password(conn, EMAIL, "from the web 9")
    assert client.post("/password/forgot", json={"email": "x@example.org"}).status_code == 202
    assert len(sent) == 1
