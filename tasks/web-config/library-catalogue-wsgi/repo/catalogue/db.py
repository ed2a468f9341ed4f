"""SQLite access; the schema and sample titles are created on first start."""
import os
import sqlite3

from flask import current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, author TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS patrons (card TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS holds (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL,
                                  card TEXT NOT NULL, placed_at TEXT NOT NULL);
"""

SAMPLE_BOOKS = [
    ("A History of {{ org_city }}", "M. Alvarez"),
    ("The Left Hand of Darkness", "Ursula K. Le Guin"),
    ("Braiding Sweetgrass", "Robin Wall Kimmerer"),
]
SAMPLE_PATRONS = [("2900011234", "Noor Rahman"), ("2900015678", "Eli Brandt")]


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(_exc=None):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def init_db():
    conn = get_db()
    conn.executescript(SCHEMA)
    if conn.execute("SELECT COUNT(*) FROM books").fetchone()[0] == 0:
        conn.executemany("INSERT INTO books (title, author) VALUES (?, ?)", SAMPLE_BOOKS)
        conn.executemany("INSERT INTO patrons (card, name) VALUES (?, ?)", SAMPLE_PATRONS)
    conn.commit()


def init_app(app):
    app.teardown_appcontext(close_db)
    folder = os.path.dirname(app.config["DATABASE"])
    if folder:
        os.makedirs(folder, exist_ok=True)
    with app.app_context():
        init_db()
