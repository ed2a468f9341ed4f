def test_search(client):
    titles = [b["title"] for b in client.get("/books?q=darkness").get_json()]
    assert titles == ["The Left Hand of Darkness"]


def test_search_without_term_lists_everything(client):
    assert len(client.get("/books").get_json()) == 3


def test_hold_requires_card(client):
    assert client.post("/kiosk/holds", json={"book_id": 1}).status_code == 401


def test_scan_card_then_hold(client):
    assert client.post("/kiosk/card", json={"card": "2900011234"}).get_json() == {"name": "Noor Rahman"}
    resp = client.post("/kiosk/holds", json={"book_id": 2})
    assert resp.status_code == 201
    assert resp.get_json()["card"] == "2900011234"


def test_unknown_card(client):
    assert client.post("/kiosk/card", json={"card": "0000"}).status_code == 404
