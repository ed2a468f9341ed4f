"""Customer accounts for the online shop and course bookings."""
import logging
from dataclasses import dataclass

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

log = logging.getLogger(__name__)

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, hash_len=32, salt_len=16)


@dataclass
class Customer:
    id: int
    email: str
    full_name: str


class CustomerAccounts:
    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def register(self, email: str, full_name: str, password: str) -> Customer:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        pw_hash = _hasher.hash(password)
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "INSERT INTO customers (email, full_name, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.lower(), full_name, pw_hash),
            ).fetchone()
        log.info("registered customer %s", email.lower())
        return Customer(row[0], email.lower(), full_name)

    def login(self, email: str, password: str) -> Customer | None:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT id, full_name, password_hash FROM customers WHERE email = %s",
                (email.lower(),),
            ).fetchone()
            if row is None:
                return None
            customer_id, full_name, stored = row
            try:
                _hasher.verify(stored, password)
            except (VerificationError, InvalidHashError):
                log.info("failed login for %s", email.lower())
                return None
            if _hasher.check_needs_rehash(stored):
                conn.execute(
                    "UPDATE customers SET password_hash = %s WHERE id = %s",
                    (_hasher.hash(password), customer_id),
                )
        return Customer(customer_id, email.lower(), full_name)

    def set_password(self, customer_id: int, new_password: str) -> None:
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "UPDATE customers SET password_hash = %s WHERE id = %s",
                (_hasher.hash(new_password), customer_id),
            )
        log.info("password changed for customer %d", customer_id)
