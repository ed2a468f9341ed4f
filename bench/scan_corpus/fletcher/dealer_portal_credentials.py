"""Password storage for the dealer ordering portal."""
from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from fletcher.dealers.repository import DealerUserRepository


@dataclass(frozen=True)
class PortalHashSettings:
    algorithm: str = "pbkdf2_sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


PORTAL_HASH = PortalHashSettings()


def _kdf(salt: bytes, cfg: PortalHashSettings = PORTAL_HASH) -> PBKDF2HMAC:
    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=cfg.key_length, salt=salt, iterations=cfg.iterations)


def encode_password(raw_password: str) -> str:
    salt = os.urandom(PORTAL_HASH.salt_bytes)
    derived = _kdf(salt).derive(raw_password.encode("utf-8"))
    return "$".join(
        [
            PORTAL_HASH.algorithm,
            str(PORTAL_HASH.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(derived).decode(),
        ]
    )


def check_password(raw_password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algorithm != PORTAL_HASH.algorithm:
        return False
    cfg = PortalHashSettings(iterations=int(iterations))
    candidate = _kdf(base64.b64decode(salt_b64), cfg).derive(raw_password.encode("utf-8"))
    return hmac.compare_digest(candidate, base64.b64decode(hash_b64))


class DealerPasswordService:
    def __init__(self, repo: DealerUserRepository) -> None:
        self.repo = repo

    def set_password(self, dealer_user_id: int, raw_password: str) -> None:
        if len(raw_password) < 10:
            raise ValueError("password too short")
        self.repo.update_password_hash(dealer_user_id, encode_password(raw_password))

    def authenticate(self, email: str, raw_password: str):
        user = self.repo.find_by_email(email.lower())
        if user is None or not user.is_active:
            return None
        return user if check_password(raw_password, user.password_hash) else None
