"""PBKDF2 password checks for escrow agents logging into the back-office API.

The format matches the one used by Django (``pbkdf2_sha256$iterations$salt$hash``)
so that agent accounts can be migrated without resets.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Config:
    iterations: int = 720_000
    salt_chars: int = 22
    digest: str = "sha256"


AGENT_HASHING = Pbkdf2Config()


def _pbkdf2(password: str, salt: str, iterations: int, digest: str) -> str:
    raw = hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), salt.encode("ascii"), iterations)
    return base64.b64encode(raw).decode("ascii")


def make_agent_password(password: str, config: Pbkdf2Config = AGENT_HASHING) -> str:
    salt = secrets.token_urlsafe(config.salt_chars)[: config.salt_chars]
    encoded = _pbkdf2(password, salt, config.iterations, config.digest)
    return f"pbkdf2_{config.digest}${config.iterations}${salt}${encoded}"


def check_agent_password(password: str, stored: str, config: Pbkdf2Config = AGENT_HASHING) -> bool:
    try:
        algorithm, iterations, salt, encoded = stored.split("$", 3)
    except ValueError:
        return False
    if algorithm != f"pbkdf2_{config.digest}":
        return False
    candidate = _pbkdf2(password, salt, int(iterations), config.digest)
    return hmac.compare_digest(candidate.encode("ascii"), encoded.encode("ascii"))


def must_upgrade(stored: str, config: Pbkdf2Config = AGENT_HASHING) -> bool:
    parts = stored.split("$")
    return len(parts) != 4 or int(parts[1]) < config.iterations


class AgentAuthenticator:
    """Small facade used by the back-office login endpoint."""

    def __init__(self, repository) -> None:
        self._repo = repository

    def authenticate(self, license_number: str, password: str) -> bool:
        stored = self._repo.password_hash_for(license_number)
        if stored is None:
            make_agent_password(password)
            return False
        if not check_agent_password(password, stored):
            return False
        if must_upgrade(stored):
            self._repo.update_password_hash(license_number, make_agent_password(password))
        return True
