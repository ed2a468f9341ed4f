"""Password storage for boater accounts on the licence self-service portal.

Digests are PBKDF2-HMAC-SHA256 with a per-user salt; the parameters are kept
alongside each digest so they can be raised later without breaking sign-in.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Params:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


CURRENT = Pbkdf2Params()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, params: Pbkdf2Params = CURRENT) -> str:
    salt = os.urandom(params.salt_bytes)
    digest = hashlib.pbkdf2_hmac(params.algorithm, password.encode("utf-8"), salt, params.iterations)
    return f"pbkdf2_{params.algorithm}${params.iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if not scheme.startswith("pbkdf2_"):
        return False
    algorithm = scheme[len("pbkdf2_"):]
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(encoded: str, params: Pbkdf2Params = CURRENT) -> bool:
    try:
        scheme, iterations, _salt, _digest = encoded.split("$")
    except ValueError:
        return True
    return scheme != f"pbkdf2_{params.algorithm}" or int(iterations) < params.iterations


class BoaterPasswordStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    def set_password(self, boater_id: int, password: str) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE boaters SET pw_encoded = ? WHERE id = ?", (hash_password(password), boater_id)
            )

    def check(self, boater_id: int, password: str) -> bool:
        row = self.conn.execute("SELECT pw_encoded FROM boaters WHERE id = ?", (boater_id,)).fetchone()
        if row is None:
            return False
        ok = verify_password(password, row[0])
        if ok and needs_rehash(row[0]):
            self.set_password(boater_id, password)
        return ok
