"""SQLite schema and connection helper."""
import os
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS parents (
    email         TEXT PRIMARY KEY,
    full_name     TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS password_resets (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL REFERENCES parents(email),
    code       TEXT NOT NULL,
    expires_at TEXT NOT NULL,   -- ISO 8601, UTC
    attempts   INTEGER NOT NULL DEFAULT 0,
    used_at    TEXT
);
"""


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def init(path: str) -> None:
    if os.path.dirname(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    with connect(path) as conn:
        conn.executescript(SCHEMA)
