"""Account storage for the grower portal (agronomists, house managers, QA)."""
from __future__ import annotations

import base64
import hashlib as _hl
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 120_000,
    "salt_bytes": 16,
}


@dataclass
class PortalUser:
    username: str
    password_hash: str
    role: str = "viewer"


def _derive(password: str, salt: bytes, cfg: dict = HASH_SETTINGS) -> bytes:
    return _hl.pbkdf2_hmac(cfg["algorithm"], password.encode("utf-8"), salt, cfg["iterations"])


def hash_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    digest = _derive(password, salt)
    return "$".join(
        [
            "pbkdf2",
            str(HASH_SETTINGS["iterations"]),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        _, _iters, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    expected = base64.b64decode(digest_b64)
    candidate = _derive(password, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, expected)


class AccountRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def create(self, username: str, password: str, role: str = "viewer") -> PortalUser:
        user = PortalUser(username=username, password_hash=hash_password(password), role=role)
        with self._engine.begin() as conn:
            conn.execute(
                text("INSERT INTO portal_users (username, password_hash, role) VALUES (:u, :h, :r)"),
                {"u": user.username, "h": user.password_hash, "r": user.role},
            )
        return user

    def authenticate(self, username: str, password: str) -> PortalUser | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT username, password_hash, role FROM portal_users WHERE username = :u"),
                {"u": username},
            ).first()
        if row is None or not verify_password(password, row.password_hash):
            return None
        return PortalUser(*row)
