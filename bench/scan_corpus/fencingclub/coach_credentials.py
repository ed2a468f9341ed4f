"""Credential storage for coaching staff accounts (PBKDF2-HMAC-SHA256)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from club.models import Coach


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_len: int = 16


KDF = KdfSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


class CoachCredentials:
    def __init__(self, session: Session, kdf: KdfSettings = KDF) -> None:
        self.session = session
        self.kdf = kdf

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.kdf.digest, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.kdf.salt_len)
        dk = self._derive(password, salt, self.kdf.iterations)
        return f"pbkdf2_sha256${self.kdf.iterations}${_b64(salt)}${_b64(dk)}"

    def matches(self, password: str, encoded: str) -> bool:
        algo, iterations, salt, expected = encoded.split("$", 3)
        if algo != "pbkdf2_sha256":
            return False
        dk = self._derive(password, base64.b64decode(salt), int(iterations))
        return hmac.compare_digest(_b64(dk), expected)

    def needs_upgrade(self, encoded: str) -> bool:
        return int(encoded.split("$", 2)[1]) < self.kdf.iterations

    def login(self, email: str, password: str) -> Optional[Coach]:
        coach = self.session.scalars(select(Coach).where(Coach.email == email.lower())).first()
        if coach is None or not self.matches(password, coach.password_hash):
            return None
        if self.needs_upgrade(coach.password_hash):
            coach.password_hash = self.encode(password)
            self.session.commit()
        return coach
