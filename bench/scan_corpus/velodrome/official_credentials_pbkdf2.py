"""Credential hashing for race officials (commissaires, judges, timekeepers)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16
    dklen: int = 32


POLICY = Pbkdf2Policy()


def _derive(password: str, salt: bytes, policy: Pbkdf2Policy, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(policy.digest, password.encode("utf-8"), salt, iterations, policy.dklen)


def make_hash(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_len)
    dk = _derive(password, salt, policy, policy.iterations)
    return "$".join(
        [
            f"pbkdf2-{policy.digest}",
            str(policy.iterations),
            base64.urlsafe_b64encode(salt).decode(),
            base64.urlsafe_b64encode(dk).decode(),
        ]
    )


def check_hash(password: str, encoded: str, policy: Pbkdf2Policy = POLICY) -> bool:
    _, iterations, salt_b64, dk_b64 = encoded.split("$")
    dk = _derive(password, base64.urlsafe_b64decode(salt_b64), policy, int(iterations))
    return hmac.compare_digest(dk, base64.urlsafe_b64decode(dk_b64))


def needs_upgrade(encoded: str, policy: Pbkdf2Policy = POLICY) -> bool:
    return int(encoded.split("$")[1]) < policy.iterations


class OfficialDirectory:
    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def enrol(self, licence_no: str, role: str, password: str) -> None:
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "INSERT INTO officials (licence_no, role, password_hash) VALUES (%s, %s, %s)",
                (licence_no, role, make_hash(password)),
            )

    def login(self, licence_no: str, password: str) -> bool:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT password_hash FROM officials WHERE licence_no = %s", (licence_no,)
            ).fetchone()
            if row is None or not check_hash(password, row[0]):
                return False
            if needs_upgrade(row[0]):
                conn.execute(
                    "UPDATE officials SET password_hash = %s WHERE licence_no = %s",
                    (make_hash(password), licence_no),
                )
        return True
