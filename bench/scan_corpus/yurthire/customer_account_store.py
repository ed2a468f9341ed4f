"""Customer accounts for the online quote builder (weddings, festivals, corporate events)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import psycopg
from passlib.context import CryptContext

HASH_OPTIONS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}

pwd_context = CryptContext(**HASH_OPTIONS)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Customer:
    id: int
    email: str
    full_name: str
    password_hash: str


class CustomerAccountStore:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    def create(self, email: str, full_name: str, password: str) -> Customer:
        if not EMAIL_RE.match(email):
            raise ValueError("invalid email address")
        if len(password) < 10:
            raise ValueError("password too short")
        hashed = pwd_context.hash(password)
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO customers (email, full_name, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.lower(), full_name, hashed),
            )
            (customer_id,) = cur.fetchone()
        return Customer(customer_id, email.lower(), full_name, hashed)

    def find_by_email(self, email: str) -> Optional[Customer]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id, email, full_name, password_hash FROM customers WHERE email = %s",
                (email.lower(),),
            )
            row = cur.fetchone()
        return Customer(*row) if row else None

    def check_login(self, email: str, password: str) -> Optional[Customer]:
        customer = self.find_by_email(email)
        if customer is None:
            pwd_context.dummy_verify()
            return None
        valid, new_hash = pwd_context.verify_and_update(password, customer.password_hash)
        if not valid:
            return None
        if new_hash:
            with self._connect() as conn:
                conn.execute(
                    "UPDATE customers SET password_hash = %s WHERE id = %s",
                    (new_hash, customer.id),
                )
            customer.password_hash = new_hash
        return customer
