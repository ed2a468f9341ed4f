"""Login service for the trade (wholesale buyer) portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from pewterer.portal.models import TradeUser
from pewterer.portal.sessions import open_session


@dataclass(frozen=True)
class HashPolicy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


POLICY = HashPolicy()


class TradeLoginService:
    def __init__(self, policy: HashPolicy = POLICY) -> None:
        self.policy = policy

    def _stretch(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.policy.digest, password.encode(), salt, rounds)

    def make_hash(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_len)
        rounds = self.policy.iterations
        key = self._stretch(password, salt, rounds)
        return f"{rounds}${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"

    def authenticate(self, email: str, password: str):
        user = TradeUser.by_email(email)
        if user is None or not user.is_active:
            return None
        rounds, salt_b64, key_b64 = user.password_hash.split("$")
        key = self._stretch(password, base64.b64decode(salt_b64), int(rounds))
        if not hmac.compare_digest(key, base64.b64decode(key_b64)):
            return None
        if int(rounds) < self.policy.iterations:
            user.password_hash = self.make_hash(password)
            user.save()
        return open_session(user)
