import re

import pytest
from fastapi.testclient import TestClient

from tracking import db, manage, tokens
from tracking.api import create_app

TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32,}$")


@pytest.fixture
def app(tmp_path):
    app = create_app(str(tmp_path / "tracking.db"))
    db.add_client(app.state.conn, "northline", "ops@northline.example")
    db.add_shipment(app.state.conn, "HL-1001", "northline", "in_transit", "2025-03-14T10:00:00Z")
    return app


def _get(app, token):
    return TestClient(app).get("/v1/shipments/HL-1001", headers={"Authorization": f"Bearer {token}"})


def test_issued_token_authenticates(app):
    token = tokens.issue_token(app.state.conn, "northline")
    assert isinstance(token, str) and TOKEN_SHAPE.match(token), token
    resp = _get(app, token)
    assert resp.status_code == 200
    assert resp.json()["status"] == "in_transit"


def test_several_tokens_stay_valid(app):
    first = tokens.issue_token(app.state.conn, "northline")
    second = tokens.issue_token(app.state.conn, "northline")
    assert first != second
    assert _get(app, first).status_code == 200
    assert _get(app, second).status_code == 200


def test_unknown_client(app):
    with pytest.raises(db.UnknownClient):
        tokens.issue_token(app.state.conn, "nobody")


def test_new_token_shape_and_uniqueness():
    seen = {tokens.new_token() for _ in range(500)}
    assert len(seen) == 500
    assert all(TOKEN_SHAPE.match(t) for t in seen)


def test_manage_issue_token(tmp_path, capsys):
    path = str(tmp_path / "cli.db")
    assert manage.main(["--db", path, "add-client", "southbay", "it@southbay.example"]) == 0
    capsys.readouterr()
    assert manage.main(["--db", path, "issue-token", "southbay"]) == 0
    token = capsys.readouterr().out.strip()
    assert TOKEN_SHAPE.match(token)
    assert db.client_for_token(db.connect(path), token) == "southbay"
    assert manage.main(["--db", path, "issue-token", "ghost"]) == 1
