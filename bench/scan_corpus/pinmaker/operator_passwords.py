"""Password handling for production-floor operator accounts.

Operators sign in at the die-striking, colour-fill and polishing stations.
Hashes are stored in the ``operators`` table as
``pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>``.
"""
import hashlib as hl
import secrets
import sqlite3
from hmac import compare_digest as same

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_LEN = 16


def make_operator_hash(password: str, *, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_LEN)
    dk = hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${dk.hex()}"


def check_operator_password(password: str, stored: str) -> bool:
    try:
        algorithm, iterations, salt_hex, hash_hex = stored.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    dk = hl.pbkdf2_hmac("sha256", password.encode("utf-8"),
                        bytes.fromhex(salt_hex), int(iterations))
    return same(dk.hex(), hash_hex)


def needs_rehash(stored: str) -> bool:
    """True when a stored hash was made with fewer rounds than we use today."""
    try:
        _, iterations, _, _ = stored.split("$")
    except ValueError:
        return True
    return int(iterations) < ITERATIONS


class OperatorRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def set_password(self, operator_id: int, password: str) -> None:
        self.conn.execute(
            "UPDATE operators SET pw_hash = ? WHERE id = ?",
            (make_operator_hash(password), operator_id),
        )
        self.conn.commit()

    def login(self, badge_number: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT id, pw_hash FROM operators WHERE badge_number = ? AND active = 1",
            (badge_number,),
        ).fetchone()
        if row is None:
            return False
        operator_id, stored = row
        if not check_operator_password(password, stored):
            return False
        if needs_rehash(stored):
            self.set_password(operator_id, password)
        return True
