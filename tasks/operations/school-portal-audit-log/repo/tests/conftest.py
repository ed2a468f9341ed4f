import pytest
from fastapi.testclient import TestClient

from portal.main import accounts, app, grades


@pytest.fixture(scope="session", autouse=True)
def seed_accounts():
    accounts.add("t-0042", "m.kowalski", "blue-heron-17", "teacher")
    accounts.add("p-0310", "a.nwosu", "quiet-maple-88", "parent")


@pytest.fixture
def client():
    grades.clear()
    return TestClient(app)


def bearer(client, username, password):
    token = client.post("/auth/token", json={"username": username, "password": password}).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}
