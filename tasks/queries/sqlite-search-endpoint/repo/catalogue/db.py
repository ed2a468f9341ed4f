"""SQLite access: one connection per request, schema and sample data."""

import sqlite3

import click
from flask import Flask, current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS books (
    id INTEGER PRIMARY KEY,
    isbn TEXT UNIQUE,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    year INTEGER,
    branch TEXT NOT NULL,
    copies_available INTEGER NOT NULL DEFAULT 0,
    added_on TEXT NOT NULL
);
"""

SAMPLE_BOOKS = [
    ("9780141439518", "Pride and Prejudice", "Jane Austen", 1813, "{{ org_city }} Central", 3, "{{ today }}"),
    ("9780060935467", "To Kill a Mockingbird", "Harper Lee", 1960, "Eastside", 1, "{{ today }}"),
    ("9780451524935", "Nineteen Eighty-Four", "George Orwell", 1949, "{{ org_city }} Central", 0, "{{ today }}"),
    ("9780316769488", "The Catcher in the Rye", "J. D. Salinger", 1951, "Northgate", 2, "{{ today }}"),
]


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(_exc=None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def init_db(seed: bool = True) -> None:
    conn = get_db()
    conn.executescript(SCHEMA)
    if seed:
        conn.executemany(
            "INSERT OR IGNORE INTO books (isbn, title, author, year, branch, copies_available, added_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            SAMPLE_BOOKS,
        )
    conn.commit()


@click.command("init-db")
def init_db_command() -> None:
    """Create the tables and load the sample titles."""
    init_db()
    click.echo("Initialised the catalogue database.")


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
    app.cli.add_command(init_db_command)
