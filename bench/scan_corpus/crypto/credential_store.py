"""Local credential store for the ops CLI.

Operators' passwords are kept in a small SQLite file so that the CLI can be
used on air-gapped hosts without reaching the identity provider.
"""
import argparse
import getpass
import hashlib
import hmac
import os
import sqlite3
import sys
from pathlib import Path

DEFAULT_DB = Path(os.environ.get("OPSCLI_HOME", Path.home() / ".opscli")) / "operators.db"

HASH_NAME = "sha256"
ITERATIONS = 10_000
SALT_LEN = 16

SCHEMA = """
CREATE TABLE IF NOT EXISTS operators (
    name TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    hash BLOB NOT NULL
)
"""


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    conn = sqlite3.connect(path)
    conn.execute(SCHEMA)
    return conn


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode(), salt, ITERATIONS)


def add_operator(conn: sqlite3.Connection, name: str, password: str) -> None:
    salt = os.urandom(SALT_LEN)
    conn.execute(
        "INSERT OR REPLACE INTO operators (name, salt, hash) VALUES (?, ?, ?)",
        (name, salt, _derive(password, salt)),
    )
    conn.commit()


def check_operator(conn: sqlite3.Connection, name: str, password: str) -> bool:
    row = conn.execute("SELECT salt, hash FROM operators WHERE name = ?", (name,)).fetchone()
    if row is None:
        return False
    salt, stored = row
    return hmac.compare_digest(_derive(password, salt), stored)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="opscli-operators")
    parser.add_argument("action", choices=["add", "check"])
    parser.add_argument("name")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args(argv)

    conn = _connect(args.db)
    password = getpass.getpass(f"Password for {args.name}: ")
    if args.action == "add":
        add_operator(conn, args.name, password)
        print(f"operator {args.name} saved")
        return 0
    ok = check_operator(conn, args.name, password)
    print("ok" if ok else "mismatch")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
