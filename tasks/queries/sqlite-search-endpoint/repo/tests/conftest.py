import pytest

from catalogue import create_app
from catalogue.db import init_db


@pytest.fixture()
def app(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "test.sqlite3"), "TESTING": True})
    with app.app_context():
        init_db()
    return app


@pytest.fixture()
def client(app):
    return app.test_client()
