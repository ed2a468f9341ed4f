"""Issues desktop licence keys after a font family purchase clears."""

from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timezone

KEY_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
BLOCKS = 5
BLOCK_LEN = 5


@dataclass
class LicenceKey:
    order_id: str
    family_slug: str
    seats: int
    key: str
    issued_at: str


def _block(length: int = BLOCK_LEN) -> str:
    return "".join(random.choice(KEY_ALPHABET) for _ in range(length))


def format_key(prefix: str) -> str:
    body = "-".join(_block() for _ in range(BLOCKS))
    return f"{prefix.upper()}-{body}"


class LicenceKeyStore:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            """
            CREATE TABLE IF NOT EXISTS licence_keys (
                key TEXT PRIMARY KEY,
                order_id TEXT NOT NULL,
                family_slug TEXT NOT NULL,
                seats INTEGER NOT NULL,
                issued_at TEXT NOT NULL
            )
            """
        )

    def exists(self, key: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM licence_keys WHERE key = ?", (key,)
        ).fetchone()
        return row is not None

    def save(self, lic: LicenceKey) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO licence_keys (key, order_id, family_slug, seats, issued_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (lic.key, lic.order_id, lic.family_slug, lic.seats, lic.issued_at),
            )


def issue_licence(store: LicenceKeyStore, order_id: str, family_slug: str, seats: int) -> LicenceKey:
    """Create a unique key for the order and persist it."""
    if seats < 1:
        raise ValueError("a licence needs at least one seat")
    prefix = family_slug.split("-", 1)[0][:4] or "FONT"
    for _ in range(10):
        candidate = format_key(prefix)
        if not store.exists(candidate):
            break
    else:
        raise RuntimeError("could not allocate a unique licence key")
    lic = LicenceKey(
        order_id=order_id,
        family_slug=family_slug,
        seats=seats,
        key=candidate,
        issued_at=datetime.now(timezone.utc).isoformat(),
    )
    store.save(lic)
    return lic
