"""Logins for nursery staff on the grading-shed app.

Graders, cutters and the dispatch team each have an account; the app runs
on shared PCs in the shed so sessions are short.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 12


POLICY = PasswordPolicy()


def _derive(password: str, salt: bytes, iterations: int, policy: PasswordPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, iterations)


def encode_password(password: str, policy: PasswordPolicy = POLICY) -> str:
    if len(password) < policy.min_length:
        raise ValueError(f"password must be at least {policy.min_length} characters")
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy.iterations, policy)
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    except ValueError:
        return False
    if scheme != f"pbkdf2_{POLICY.algorithm}":
        return False
    candidate = _derive(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


def needs_rehash(encoded: str) -> bool:
    try:
        return int(encoded.split("$")[1]) < POLICY.iterations
    except (IndexError, ValueError):
        return True


class StaffDirectory:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, username: str, full_name: str, role: str, password: str) -> None:
        self._conn.execute(
            "INSERT INTO staff (username, full_name, role, password) VALUES (?, ?, ?, ?)",
            (username.lower(), full_name, role, encode_password(password)),
        )
        self._conn.commit()

    def login(self, username: str, password: str) -> dict | None:
        row = self._conn.execute(
            "SELECT id, full_name, role, password FROM staff WHERE username = ? AND active = 1",
            (username.lower(),),
        ).fetchone()
        if row is None or not check_password(password, row[3]):
            return None
        if needs_rehash(row[3]):
            self._conn.execute(
                "UPDATE staff SET password = ? WHERE id = ?", (encode_password(password), row[0])
            )
            self._conn.commit()
        return {"id": row[0], "name": row[1], "role": row[2]}
