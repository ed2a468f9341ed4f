"""Account management for the wholesale portal (boutiques and department-store buyers)."""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("HOSIER_PORTAL_DB", "/var/lib/hosier/portal.db")


@dataclass
class WholesaleBuyer:
    id: int
    email: str
    company: str
    price_tier: str


class BuyerAccountService:
    def __init__(self, db_path: str = DB_PATH):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def _digest(self, password: str, salt: bytes) -> str:
        return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()

    def register(self, email: str, company: str, password: str, price_tier: str = "standard") -> int:
        salt = os.urandom(16)
        digest = self._digest(password, salt)
        cur = self.conn.execute(
            "INSERT INTO buyers (email, company, price_tier, pw_salt, pw_hash) VALUES (?, ?, ?, ?, ?)",
            (email.lower().strip(), company, price_tier, salt.hex(), digest),
        )
        self.conn.commit()
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> Optional[WholesaleBuyer]:
        row = self.conn.execute(
            "SELECT id, email, company, price_tier, pw_salt, pw_hash FROM buyers WHERE email = ?",
            (email.lower().strip(),),
        ).fetchone()
        if row is None:
            return None
        candidate = self._digest(password, bytes.fromhex(row["pw_salt"]))
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            return None
        return WholesaleBuyer(row["id"], row["email"], row["company"], row["price_tier"])

    def change_tier(self, buyer_id: int, price_tier: str) -> None:
        if price_tier not in {"standard", "volume", "distributor"}:
            raise ValueError(f"unknown price tier {price_tier!r}")
        self.conn.execute("UPDATE buyers SET price_tier = ? WHERE id = ?", (price_tier, buyer_id))
        self.conn.commit()
