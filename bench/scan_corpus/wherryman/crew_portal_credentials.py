"""Credential storage for the crew self-service portal.

Deckhands and skippers sign in to view rosters, swap shifts and
acknowledge sailing orders. Encoded hashes live in crew_accounts.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from wherryman.db import get_connection


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def _derive(password: str, salt: bytes, cfg: HashSettings = HASH_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            "pbkdf2",
            str(HASH_SETTINGS.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2":
        return False
    cfg = HashSettings(iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), cfg)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_crew_password(crew_id: int, password: str) -> None:
    with get_connection() as conn:
        conn.execute(
            "UPDATE crew_accounts SET password_hash = %s, must_change = false WHERE crew_id = %s",
            (encode_password(password), crew_id),
        )


def check_crew_login(crew_id: int, password: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT password_hash FROM crew_accounts WHERE crew_id = %s AND active",
            (crew_id,),
        ).fetchone()
    return row is not None and verify_password(password, row[0])
