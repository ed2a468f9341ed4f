"""Credential storage for customer portal logins (hirers, venues, wedding planners)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

PBKDF2_ITERATIONS = 600_000


@dataclass(frozen=True)
class KdfParams:
    digest: str = "sha256"
    iterations: int = PBKDF2_ITERATIONS
    salt_len: int = 16
    dklen: int = 32


DEFAULT_PARAMS = KdfParams()


def derive(password: str, salt: bytes, params: KdfParams = DEFAULT_PARAMS) -> bytes:
    return hashlib.pbkdf2_hmac(
        params.digest, password.encode("utf-8"), salt, params.iterations, params.dklen
    )


def encode(password: str, params: KdfParams = DEFAULT_PARAMS) -> str:
    salt = os.urandom(params.salt_len)
    key = derive(password, salt, params)
    return "pbkdf2_{}${}${}${}".format(
        params.digest,
        params.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(key).decode("ascii"),
    )


def matches(password: str, encoded: str) -> bool:
    algo, iterations, salt_b64, key_b64 = encoded.split("$")
    params = KdfParams(digest=algo.removeprefix("pbkdf2_"), iterations=int(iterations))
    candidate = derive(password, base64.b64decode(salt_b64), params)
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


class PortalCredentialStore:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    def save(self, customer_id: int, password: str) -> None:
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "UPDATE customers SET password_hash = ? WHERE id = ?",
                (encode(password), customer_id),
            )

    def check(self, email: str, password: str) -> Optional[int]:
        with sqlite3.connect(self.db_path) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM customers WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None or not matches(password, row[1]):
            return None
        if int(row[1].split("$")[1]) < PBKDF2_ITERATIONS:
            self.save(row[0], password)
        return row[0]
