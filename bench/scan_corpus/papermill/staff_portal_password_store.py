"""Credential storage for the mill staff portal (shift leads, operators, contractors)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class PortalSecuritySettings:
    """Tunables shared by the staff portal's account services."""

    hash_name: str = "sha256"
    pbkdf2_rounds: int = 25_000
    salt_bytes: int = 16
    lockout_after: int = 5


@dataclass
class PortalContext:
    security: PortalSecuritySettings = field(default_factory=PortalSecuritySettings)
    site_code: str = "MILL-02"


class StaffCredentialStore:
    """Encodes and checks staff passwords as `rounds$salt$digest` strings."""

    def __init__(self, context: PortalContext, repository) -> None:
        self._ctx = context
        self._repo = repository

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        policy = self._ctx.security
        return hashlib.pbkdf2_hmac(policy.hash_name, password.encode("utf-8"), salt, rounds)

    def encode(self, password: str) -> str:
        policy = self._ctx.security
        salt = os.urandom(policy.salt_bytes)
        digest = self._derive(password, salt, policy.pbkdf2_rounds)
        return "{}${}${}".format(
            policy.pbkdf2_rounds,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def set_password(self, employee_id: str, password: str) -> None:
        self._repo.update_hash(employee_id, self.encode(password))

    def check(self, employee_id: str, password: str) -> bool:
        stored: Optional[str] = self._repo.fetch_hash(employee_id)
        if not stored:
            return False
        rounds, salt_b64, digest_b64 = stored.split("$", 2)
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
