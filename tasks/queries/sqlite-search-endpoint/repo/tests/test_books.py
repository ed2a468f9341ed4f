def test_health(client):
    assert client.get("/health").get_json()["status"] == "ok"


def test_list_books_pages(client, app):
    app.config["PAGE_SIZE"] = 3
    first = client.get("/books").get_json()
    second = client.get("/books?page=2").get_json()
    assert len(first["books"]) == 3
    assert len(second["books"]) == 1
    assert first["books"][0]["title"] == "Pride and Prejudice"


def test_get_book(client):
    book = client.get("/books/2").get_json()
    assert book["author"] == "Harper Lee"
    assert book["available"] == 1


def test_unknown_book_is_404(client):
    assert client.get("/books/999").status_code == 404
