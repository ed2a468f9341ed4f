import pytest

from newsroom import create_app


@pytest.fixture
def app():
    app = create_app({"TESTING": True, "SECRET_KEY": "unit-tests-only"})
    app.extensions["newsroom_store"].add_staff("rita.mendes@example.org", "correct horse", "editor")
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def logged_in(client):
    resp = client.post("/auth/login", json={"email": "rita.mendes@example.org", "password": "correct horse"})
    assert resp.status_code == 200
    return client
