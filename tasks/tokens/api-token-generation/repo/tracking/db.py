"""SQLite storage for partners, their API tokens and shipments."""
import hashlib
import sqlite3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS clients (
    name          TEXT PRIMARY KEY,
    contact_email TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (
    digest     TEXT PRIMARY KEY,
    client     TEXT NOT NULL REFERENCES clients(name),
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS shipments (
    ref    TEXT PRIMARY KEY,
    client TEXT NOT NULL REFERENCES clients(name),
    status TEXT NOT NULL,
    eta    TEXT
);
"""


class UnknownClient(LookupError):
    """No partner is registered under this name."""


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.executescript(_SCHEMA)
    return conn


def token_digest(token: str) -> str:
    """Lookup key for a token; tokens themselves are never written to disk."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_client(conn, name: str, contact_email: str) -> None:
    with conn:
        conn.execute("INSERT INTO clients (name, contact_email) VALUES (?, ?)", (name, contact_email))


def client_exists(conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM clients WHERE name = ?", (name,)).fetchone() is not None


def store_token(conn, client: str, token: str) -> None:
    with conn:
        conn.execute(
            "INSERT INTO api_tokens (digest, client) VALUES (?, ?)", (token_digest(token), client)
        )


def client_for_token(conn, token: str) -> str | None:
    row = conn.execute(
        "SELECT client FROM api_tokens WHERE digest = ? AND revoked_at IS NULL",
        (token_digest(token),),
    ).fetchone()
    return row["client"] if row else None


def add_shipment(conn, ref: str, client: str, status: str, eta: str | None = None) -> None:
    with conn:
        conn.execute(
            "INSERT INTO shipments (ref, client, status, eta) VALUES (?, ?, ?, ?)",
            (ref, client, status, eta),
        )


def get_shipment(conn, ref: str, client: str):
    return conn.execute(
        "SELECT ref, status, eta FROM shipments WHERE ref = ? AND client = ?", (ref, client)
    ).fetchone()
