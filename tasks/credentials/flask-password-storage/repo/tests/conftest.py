import pytest

from accounts import create_app


@pytest.fixture
def client(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "accounts.db")})
    return app.test_client()
