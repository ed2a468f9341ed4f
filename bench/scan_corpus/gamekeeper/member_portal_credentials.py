"""Credential storage for the gun club member portal.

Members sign in to view their shoot-day allocations, pay subscriptions and
download their game-bag statements. This module derives and checks the
stored password hashes.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from gamekeeper.db import session_scope
from gamekeeper.models import ClubMember


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    encoding: str = "utf-8"
    extra: dict = field(default_factory=dict)


PORTAL_HASHING = HashingSettings()


class MemberCredentialStore:
    def __init__(self, params: HashingSettings = PORTAL_HASHING):
        self.params = params

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.params.algorithm,
            password.encode(self.params.encoding),
            salt,
            self.params.iterations,
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.params.salt_bytes)
        digest = self._derive(password, salt)
        return "$".join(
            [
                f"pbkdf2_{self.params.algorithm}",
                str(self.params.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        _, _, salt_b64, digest_b64 = encoded.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def set_member_password(self, member_id: int, password: str) -> None:
        with session_scope() as session:
            member = session.get(ClubMember, member_id)
            member.password_hash = self.encode(password)
            session.add(member)
