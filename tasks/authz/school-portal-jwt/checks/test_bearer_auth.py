"""Functional checks for bearer-token handling on the /api blueprint."""

import time

import jwt
import pytest

from portal import create_app

SECRET = "k8Vd0pQz3hX7mN2sR5tY9wB4cF6gJ1lA0eU"
ISSUER = "https://id.district.test"
AUDIENCE = "grades-portal"


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "JWT_SECRET": SECRET, "JWT_ISSUER": ISSUER, "JWT_AUDIENCE": AUDIENCE})
    return app.test_client()


def token(sub="s-1001", role="student", lifetime=600, **extra):
    now = int(time.time())
    claims = {"sub": sub, "role": role, "name": "Test User", "iss": ISSUER, "aud": AUDIENCE,
              "iat": now, "nbf": now - 5, "exp": now + lifetime, **extra}
    return jwt.encode(claims, SECRET, algorithm="HS256")


def bearer(tok):
    return {"Authorization": f"Bearer {tok}"}


def assert_unauthorized(resp):
    assert resp.status_code == 401
    assert resp.is_json and "error" in resp.get_json()
    assert resp.headers.get("WWW-Authenticate", "").lower().startswith("bearer")


def test_valid_token_exposes_claims(client):
    resp = client.get("/api/me", headers=bearer(token(sub="s-2040", role="student")))
    assert resp.status_code == 200
    assert resp.get_json() == {"sub": "s-2040", "role": "student", "name": "Test User"}


def test_student_sees_own_grades_only(client):
    tok = token(sub="s-1001", role="student")
    assert client.get("/api/students/s-1001/grades", headers=bearer(tok)).status_code == 200
    assert client.get("/api/students/s-1002/grades", headers=bearer(tok)).status_code == 403


def test_guardian_and_teacher_roles(client):
    guardian = token(sub="g-77", role="guardian", students=["s-1002"])
    assert client.get("/api/students/s-1002/grades", headers=bearer(guardian)).status_code == 200
    assert client.get("/api/students/s-1001/grades", headers=bearer(guardian)).status_code == 403
    teacher = token(sub="t-5", role="teacher")
    resp = client.get("/api/students/s-2040/grades", headers=bearer(teacher))
    assert resp.status_code == 200
    assert resp.get_json()["grades"][0]["course"] == "Chemistry"


def test_missing_header(client):
    assert_unauthorized(client.get("/api/me"))


def test_wrong_scheme(client):
    assert_unauthorized(client.get("/api/me", headers={"Authorization": f"Basic {token()}"}))


def test_garbage_token(client):
    assert_unauthorized(client.get("/api/me", headers=bearer("not-a-jwt")))


def test_expired_token(client):
    old = token(lifetime=-120)
    assert_unauthorized(client.get("/api/me", headers=bearer(old)))


def test_health_still_open(client):
    assert client.get("/healthz").status_code == 200
