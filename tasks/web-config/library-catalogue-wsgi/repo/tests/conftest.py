import pytest

from catalogue import create_app
from catalogue.config import DevelopmentConfig


@pytest.fixture
def app(tmp_path):
    class TestConfig(DevelopmentConfig):
        TESTING = True
        DATABASE = str(tmp_path / "catalogue.sqlite3")

    return create_app(TestConfig)


@pytest.fixture
def client(app):
    return app.test_client()
