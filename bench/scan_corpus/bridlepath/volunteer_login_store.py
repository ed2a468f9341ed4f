"""Credential storage for volunteer coordinators who log work-party hours."""
from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from hmac import compare_digest as same


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_len: int = 16


POLICY = HashPolicy()


def encode_password(raw: str, policy: HashPolicy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_len)
    dk = hashlib.pbkdf2_hmac(policy.algorithm, raw.encode(), salt, policy.iterations)
    return "pbkdf2_{}${}${}${}".format(
        policy.algorithm,
        policy.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def check_password(raw: str, encoded: str) -> bool:
    algo, iterations, salt_b64, dk_b64 = encoded.split("$")
    dk = hashlib.pbkdf2_hmac(
        algo.removeprefix("pbkdf2_"),
        raw.encode(),
        base64.b64decode(salt_b64),
        int(iterations),
    )
    return same(base64.b64encode(dk).decode(), dk_b64)


class CoordinatorStore:
    """Thin repository over the ``coordinators`` table (psycopg2 connection)."""

    def __init__(self, conn):
        self.conn = conn

    def create(self, email: str, display_name: str, password: str) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO coordinators (email, display_name, password) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.lower(), display_name, encode_password(password)),
            )
            new_id = cur.fetchone()[0]
        self.conn.commit()
        return new_id

    def authenticate(self, email: str, password: str) -> int | None:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT id, password FROM coordinators WHERE email = %s AND active",
                (email.lower(),),
            )
            row = cur.fetchone()
        if row and check_password(password, row[1]):
            return row[0]
        return None

    def set_password(self, coordinator_id: int, password: str) -> None:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE coordinators SET password = %s WHERE id = %s",
                (encode_password(password), coordinator_id),
            )
        self.conn.commit()
