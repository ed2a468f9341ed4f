from conftest import bearer


def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_wrong_password(client):
    resp = client.post("/auth/token", json={"username": "m.kowalski", "password": "nope"})
    assert resp.status_code == 401


def test_me(client):
    headers = bearer(client, "a.nwosu", "quiet-maple-88")
    assert client.get("/me", headers=headers).json()["role"] == "parent"


def test_teacher_sets_grade(client):
    headers = bearer(client, "m.kowalski", "blue-heron-17")
    resp = client.put("/classes/7B-math/grades/s-1201", json={"grade": "B+"}, headers=headers)
    assert resp.status_code == 200
    assert client.get("/classes/7B-math/grades", headers=headers).json()["s-1201"]["grade"] == "B+"


def test_parent_cannot_set_grade(client):
    headers = bearer(client, "a.nwosu", "quiet-maple-88")
    resp = client.put("/classes/7B-math/grades/s-1201", json={"grade": "A"}, headers=headers)
    assert resp.status_code == 403
