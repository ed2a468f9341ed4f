import sqlite3

import pytest

from catalogue import create_app
from catalogue.db import init_db

ROWS = [
    ("978-1", "The Left Hand of Darkness", "Ursula K. Le Guin", 1969, "Central", 2),
    ("978-2", "A Wizard of Earthsea", "Ursula K. Le Guin", 1968, "Eastside", 0),
    ("978-3", "Kindred", "Octavia E. Butler", 1979, "Central", 1),
    ("978-4", "Parable of the Sower", "Octavia E. Butler", 1993, "Northgate", 4),
    ("978-5", "Dune", "Frank Herbert", 1965, "Central", 0),
    ("978-6", "Hyperion", "Dan Simmons", 1989, "Eastside", 3),
]


@pytest.fixture()
def client(tmp_path):
    db_path = tmp_path / "search.sqlite3"
    app = create_app({"DATABASE": str(db_path), "TESTING": True})
    with app.app_context():
        init_db(seed=False)
    conn = sqlite3.connect(db_path)
    conn.executemany(
        "INSERT INTO books (isbn, title, author, year, branch, copies_available, added_on)"
        " VALUES (?, ?, ?, ?, ?, ?, '2024-01-01')",
        ROWS,
    )
    conn.commit()
    conn.close()
    return app.test_client()


def titles(resp):
    assert resp.status_code == 200, resp.data
    body = resp.get_json()
    assert body["count"] == len(body["results"])
    return [b["title"] for b in body["results"]]


def test_matches_title_case_insensitive(client):
    assert titles(client.get("/search?q=earthsea")) == ["A Wizard of Earthsea"]


def test_matches_author(client):
    assert titles(client.get("/search?q=butler")) == ["Kindred", "Parable of the Sower"]


def test_default_sort_is_title_ascending(client):
    assert titles(client.get("/search?q=o")) == sorted(titles(client.get("/search?q=o")))
    assert titles(client.get("/search?q=le guin")) == ["A Wizard of Earthsea", "The Left Hand of Darkness"]


def test_result_objects_match_books_endpoint(client):
    body = client.get("/search?q=dune").get_json()
    book = body["results"][0]
    assert book == client.get(f"/books/{book['id']}").get_json()
    assert book["available"] == 0 and book["branch"] == "Central"


def test_branch_filter(client):
    assert titles(client.get("/search?q=e&branch=Eastside")) == ["A Wizard of Earthsea", "Hyperion"]


def test_available_filter(client):
    assert titles(client.get("/search?q=e&branch=Central&available=1")) == [
        "Kindred", "The Left Hand of Darkness"]


def test_year_range_is_inclusive(client):
    got = titles(client.get("/search?q=e&year_from=1968&year_to=1979&sort=year"))
    assert got == ["A Wizard of Earthsea", "The Left Hand of Darkness", "Kindred"]


def test_sort_year_desc(client):
    got = titles(client.get("/search?q=a&sort=year&order=desc"))
    years = {r[1]: r[3] for r in ROWS}
    assert [years[t] for t in got] == sorted((years[t] for t in got), reverse=True)
    assert got[0] == "Parable of the Sower"


def test_sort_author(client):
    got = client.get("/search?q=r&sort=author").get_json()["results"]
    authors = [b["author"] for b in got]
    assert authors == sorted(authors) and authors[0] == "Dan Simmons"


def test_no_match_is_empty(client):
    resp = client.get("/search?q=zzzz")
    assert resp.status_code == 200
    assert resp.get_json() == {"count": 0, "results": []}


@pytest.mark.parametrize("query", ["", "?q=", "?q=%20%20"])
def test_missing_query_is_400(client, query):
    resp = client.get("/search" + query)
    assert resp.status_code == 400
    assert "error" in resp.get_json()


def test_page_size_caps_results(client):
    client.application.config["PAGE_SIZE"] = 2
    assert len(titles(client.get("/search?q=e"))) == 2
