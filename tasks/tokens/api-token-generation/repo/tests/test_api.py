import pytest
from fastapi.testclient import TestClient

from tracking import db
from tracking.api import create_app


@pytest.fixture
def app(tmp_path):
    return create_app(str(tmp_path / "tracking.db"))


def test_health(app):
    assert TestClient(app).get("/health").json() == {"status": "ok"}


def test_shipments_need_a_token(app):
    resp = TestClient(app).get("/v1/shipments/HL-1001")
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"] == "Bearer"


def test_unknown_token_is_refused(app):
    resp = TestClient(app).get("/v1/shipments/HL-1001", headers={"Authorization": "Bearer nope"})
    assert resp.status_code == 401


def test_stored_digest_resolves_to_client(app):
    conn = app.state.conn
    db.add_client(conn, "northline", "ops@northline.example")
    db.store_token(conn, "northline", "fixture-token-value")
    assert db.client_for_token(conn, "fixture-token-value") == "northline"
    assert db.client_for_token(conn, "other-value") is None
