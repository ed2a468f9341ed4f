"""Customer accounts for the training-school booking site.

People booking a weekend walling course, a hedge-laying taster or the
Level 2 certificate course create an account so they can manage their
bookings and download joining instructions.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from hashlib import sha512 as _digest
from hmac import compare_digest
from typing import Optional

import psycopg

SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10


@dataclass
class CourseCustomer:
    id: int
    email: str
    display_name: str


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class CourseCustomerRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, email: str, display_name: str, password: str) -> CourseCustomer:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        salt = secrets.token_hex(SALT_BYTES)
        digest = _hash_password(password, salt)
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO course_customer (email, display_name, salt, password_digest)"
                " VALUES (%s, %s, %s, %s) RETURNING id",
                (email.strip().lower(), display_name, salt, digest),
            ).fetchone()
        return CourseCustomer(id=row[0], email=email.strip().lower(), display_name=display_name)

    def verify(self, email: str, password: str) -> Optional[CourseCustomer]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, email, display_name, salt, password_digest"
                " FROM course_customer WHERE email = %s",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        cust_id, cust_email, name, salt, stored = row
        if not compare_digest(_hash_password(password, salt), stored):
            return None
        return CourseCustomer(id=cust_id, email=cust_email, display_name=name)

    def set_password(self, customer_id: int, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        salt = secrets.token_hex(SALT_BYTES)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE course_customer SET salt = %s, password_digest = %s WHERE id = %s",
                (salt, _hash_password(password, salt), customer_id),
            )
