import logging

import pytest
from fastapi.testclient import TestClient

from portal.main import accounts, app, grades

_STANDARD = set(vars(logging.LogRecord("x", logging.INFO, "x", 0, "", (), None))) | {"message", "asctime"}


@pytest.fixture(scope="module", autouse=True)
def seed():
    accounts.add("t-0777", "r.achterberg", "slate-orchid-31", "teacher")
    accounts.add("s-1888", "j.moreau", "amber-fjord-64", "student")


@pytest.fixture
def client():
    grades.clear()
    return TestClient(app)


@pytest.fixture
def audit(caplog):
    caplog.set_level(logging.INFO, logger="portal.audit")

    def records():
        out = []
        for rec in caplog.records:
            if rec.name != "portal.audit" or rec.levelno < logging.INFO:
                continue
            extras = " ".join(f"{k}={v}" for k, v in vars(rec).items() if k not in _STANDARD)
            out.append(f"{rec.getMessage()} {extras}")
        return out

    records.clear = caplog.clear
    return records


def _token(client, username, password):
    resp = client.post("/auth/token", json={"username": username, "password": password})
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


def _matching(lines, *needles):
    return [line for line in lines if all(n in line for n in needles)]


def test_anonymous_request_is_logged(client, audit):
    assert client.get("/health").status_code == 200
    assert len(_matching(audit(), "GET", "/health", "200")) == 1


def test_authenticated_request_names_account(client, audit):
    headers = _token(client, "j.moreau", "amber-fjord-64")
    audit.clear()
    assert client.get("/me", headers=headers).status_code == 200
    assert _matching(audit(), "GET", "/me", "200", "s-1888")


def test_failed_login_is_logged(client, audit):
    resp = client.post("/auth/token", json={"username": "r.achterberg", "password": "wrong"})
    assert resp.status_code == 401
    assert _matching(audit(), "POST", "/auth/token", "401")


def test_grade_change_records_submission(client, audit):
    headers = _token(client, "r.achterberg", "slate-orchid-31")
    audit.clear()
    resp = client.put(
        "/classes/9C-bio/grades/s-1888",
        json={"grade": "C+", "comment": "lab report resubmitted late"},
        headers=headers,
    )
    assert resp.status_code == 200
    lines = audit()
    assert _matching(lines, "PUT", "/classes/9C-bio/grades/s-1888", "200", "t-0777")
    assert _matching(lines, "C+")
    assert grades[("9C-bio", "s-1888")]["grade"] == "C+"


def test_forbidden_request_is_logged(client, audit):
    headers = _token(client, "j.moreau", "amber-fjord-64")
    audit.clear()
    resp = client.put("/classes/9C-bio/grades/s-1888", json={"grade": "A"}, headers=headers)
    assert resp.status_code == 403
    assert _matching(audit(), "PUT", "/classes/9C-bio/grades/s-1888", "403", "s-1888")
