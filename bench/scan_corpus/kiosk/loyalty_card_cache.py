"""Local cache of loyalty members for offline kiosks.

Stores scanned loyalty card numbers encrypted at rest so that the kiosk can
still apply member pricing while the store uplink is down. Card numbers are
looked up by their encrypted form, so the encryption has to be deterministic.
"""
import base64
import os
import sqlite3
from contextlib import closing

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

DB_PATH = os.environ.get("KIOSK_LOYALTY_DB", "/var/lib/kiosk/loyalty.db")

SCHEMA = """
CREATE TABLE IF NOT EXISTS members (
    card_ct   TEXT PRIMARY KEY,
    tier      TEXT NOT NULL,
    points    INTEGER NOT NULL DEFAULT 0,
    synced_at TEXT NOT NULL
)
"""


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["KIOSK_LOYALTY_KEY"])
    if len(key) != 32:
        raise RuntimeError("KIOSK_LOYALTY_KEY must be 32 bytes")
    return key


class LoyaltyCache:
    def __init__(self, db_path: str = DB_PATH):
        self._key = _load_key()
        self._db = sqlite3.connect(db_path)
        self._db.execute(SCHEMA)

    def _seal(self, card_number: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(card_number.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def upsert(self, card_number: str, tier: str, points: int, synced_at: str) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO members (card_ct, tier, points, synced_at) "
                "VALUES (?, ?, ?, ?)",
                (self._seal(card_number), tier, points, synced_at),
            )

    def lookup(self, card_number: str) -> dict | None:
        with closing(self._db.cursor()) as cur:
            cur.execute(
                "SELECT tier, points, synced_at FROM members WHERE card_ct = ?",
                (self._seal(card_number),),
            )
            row = cur.fetchone()
        if row is None:
            return None
        return {"tier": row[0], "points": row[1], "synced_at": row[2]}
