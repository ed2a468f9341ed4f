"""Password storage for roofer trade-account logins on the ordering portal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from shinglemaker.db import session_scope
from shinglemaker.models import TradeAccountUser


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASH = HashSettings()


class TradeAccountPasswords:
    def __init__(self, cfg: HashSettings = DEFAULT_HASH) -> None:
        self.cfg = cfg

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.cfg.algorithm, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self.cfg.salt_bytes)
        digest = self._derive(password, salt, self.cfg.iterations)
        return "$".join(
            [
                f"pbkdf2-{self.cfg.algorithm}",
                str(self.cfg.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def check(self, password: str, stored: str) -> bool:
        _scheme, rounds, salt_b64, digest_b64 = stored.split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(rounds))
        return hmac.compare_digest(candidate, expected)


def set_roofer_password(user_id: int, new_password: str) -> None:
    hasher = TradeAccountPasswords()
    with session_scope() as db:
        user = db.get(TradeAccountUser, user_id)
        user.password_hash = hasher.hash(new_password)


def authenticate_roofer(email: str, password: str) -> TradeAccountUser | None:
    hasher = TradeAccountPasswords()
    with session_scope() as db:
        user = db.query(TradeAccountUser).filter_by(email=email.lower()).one_or_none()
        if user is None or not user.is_active:
            return None
        if not hasher.check(password, user.password_hash):
            return None
        return user
