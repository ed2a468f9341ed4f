"""Account storage for the distributor self-service portal.

Distributors log in to reorder test sieves, download certificates and
check the status of open production runs.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("PORTAL_DB", "/var/lib/sieveportal/portal.db")


@dataclass
class DistributorAccount:
    account_id: int
    company: str
    email: str
    region: str


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


class DistributorAccountStore:
    def __init__(self, db_path: str = DB_PATH):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def create(self, company: str, email: str, region: str, password: str) -> int:
        salt = os.urandom(16)
        cur = self.conn.execute(
            "INSERT INTO distributor_accounts (company, email, region, pw_salt, pw_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            (company, email.lower(), region, salt.hex(), _digest(password, salt)),
        )
        self.conn.commit()
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> Optional[DistributorAccount]:
        row = self.conn.execute(
            "SELECT id, company, email, region, pw_salt, pw_hash "
            "FROM distributor_accounts WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            return None
        return DistributorAccount(row["id"], row["company"], row["email"], row["region"])

    def change_password(self, account_id: int, new_password: str) -> None:
        salt = os.urandom(16)
        self.conn.execute(
            "UPDATE distributor_accounts SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), _digest(new_password, salt), account_id),
        )
        self.conn.commit()

