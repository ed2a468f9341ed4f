def test_login_and_me(logged_in):
    assert logged_in.get("/auth/me").get_json() == {"email": "rita.mendes@example.org"}


def test_bad_login(client):
    resp = client.post("/auth/login", json={"email": "rita.mendes@example.org", "password": "nope"})
    assert resp.status_code == 401


def test_articles_need_login(client):
    assert client.get("/api/articles").status_code == 401


def test_article_lifecycle(logged_in, app):
    created = logged_in.post("/api/articles", json={"headline": "Council approves budget"}).get_json()
    assert created["edit_url"].endswith(f"/articles/{created['id']}")
    updated = logged_in.put(f"/api/articles/{created['id']}", json={"status": "review"}).get_json()
    assert updated["status"] == "review"
    assert logged_in.delete(f"/api/articles/{created['id']}").status_code == 204
    assert logged_in.get("/api/articles").get_json() == []


def test_logout(logged_in):
    logged_in.post("/auth/logout")
    assert logged_in.get("/auth/me").status_code == 401
