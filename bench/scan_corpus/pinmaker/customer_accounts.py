"""Webshop customer accounts: sign-up, login and profile lookups.

Customers are clubs, bands and individual buyers who order pins through the
storefront. Accounts live in the shop's Postgres database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg2
from psycopg2.extras import RealDictCursor

DSN = os.environ.get("PINSHOP_DSN", "dbname=pinshop")
SALT_BYTES = 16
ACCOUNT_TYPES = ("club", "band", "individual")


@dataclass
class Customer:
    id: int
    email: str
    display_name: str
    account_type: str


def _connect():
    return psycopg2.connect(DSN, cursor_factory=RealDictCursor)


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def register_customer(email: str, password: str, display_name: str,
                      account_type: str = "individual") -> Customer:
    if account_type not in ACCOUNT_TYPES:
        raise ValueError(f"unknown account type {account_type!r}")
    salt = os.urandom(SALT_BYTES)
    pw_hash = _digest(password, salt)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO customers (email, display_name, account_type, pw_salt, pw_hash) "
            "VALUES (%s, %s, %s, %s, %s) RETURNING id",
            (email.lower(), display_name, account_type, salt.hex(), pw_hash),
        )
        row = cur.fetchone()
    return Customer(row["id"], email.lower(), display_name, account_type)


def authenticate(email: str, password: str) -> Optional[Customer]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, email, display_name, account_type, pw_salt, pw_hash "
            "FROM customers WHERE email = %s",
            (email.lower(),),
        )
        row = cur.fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return Customer(row["id"], row["email"], row["display_name"], row["account_type"])


def change_password(customer_id: int, new_password: str) -> None:
    salt = os.urandom(SALT_BYTES)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE customers SET pw_salt = %s, pw_hash = %s WHERE id = %s",
            (salt.hex(), _digest(new_password, salt), customer_id),
        )
