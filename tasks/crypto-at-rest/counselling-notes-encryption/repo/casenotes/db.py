"""SQLite schema for session notes."""
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    id           INTEGER PRIMARY KEY,
    client_ref   TEXT NOT NULL,   -- student number, never the name
    counsellor   TEXT NOT NULL,
    session_date TEXT NOT NULL,   -- YYYY-MM-DD, service local time
    body         BLOB NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS notes_client ON notes (client_ref, session_date);
"""


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    return conn
