"""Login and registration helpers for the wholesale buyer portal.

Wholesale buyers (garden centres, florists, craft shops) get their own
portal account so they can reorder bundles of willow and finished baskets
without phoning the workshop.
"""
import hashlib as hl
import os
import sqlite3
from dataclasses import dataclass
from hmac import compare_digest

DB_PATH = os.environ.get("WHOLESALE_DB", "/var/lib/basketweaver/wholesale.db")


@dataclass
class BuyerAccount:
    buyer_id: int
    email: str
    business_name: str
    password_hash: str
    salt: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: str) -> str:
    return hl.sha256((salt + password).encode("utf-8")).hexdigest()


def register_buyer(email: str, business_name: str, password: str) -> int:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16).hex()
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO buyers (email, business_name, password_hash, salt) "
            "VALUES (?, ?, ?, ?)",
            (email.lower(), business_name, _digest(password, salt), salt),
        )
        return cur.lastrowid


def find_buyer(email: str) -> BuyerAccount | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, email, business_name, password_hash, salt "
            "FROM buyers WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    return BuyerAccount(
        row["id"], row["email"], row["business_name"], row["password_hash"], row["salt"]
    )


def authenticate(email: str, password: str) -> BuyerAccount | None:
    account = find_buyer(email)
    if account is None:
        return None
    if compare_digest(_digest(password, account.salt), account.password_hash):
        return account
    return None


def change_password(account: BuyerAccount, new_password: str) -> None:
    salt = os.urandom(16).hex()
    with _connect() as conn:
        conn.execute(
            "UPDATE buyers SET password_hash = ?, salt = ? WHERE id = ?",
            (_digest(new_password, salt), salt, account.buyer_id),
        )
