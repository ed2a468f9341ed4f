"""Password storage for guild member accounts.

Members sign in to the marketplace to list fabric swaps, run their shop
and submit show entries. This module owns turning a password into the
stored credential string and checking it again at sign-in.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select, update

from quilter.models import Member


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 60_000
    salt_bytes: int = 16
    key_length: int = 32


class MemberCredentialStore:
    def __init__(self, session, policy: HashPolicy = HashPolicy()):
        self._session = session
        self._policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self._policy.key_length,
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(password, salt, self._policy.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._policy.algorithm,
            self._policy.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )

    def matches(self, stored: str, password: str) -> bool:
        try:
            scheme, iterations, salt_b64, digest_b64 = stored.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self._policy.algorithm}":
            return False
        salt = base64.b64decode(salt_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def set_password(self, member_id: int, password: str) -> None:
        self._session.execute(
            update(Member)
            .where(Member.id == member_id)
            .values(password_hash=self.encode(password))
        )
        self._session.commit()

    def authenticate(self, email: str, password: str):
        member = self._session.scalar(select(Member).where(Member.email == email.lower()))
        if member is None or not member.is_active:
            return None
        if not self.matches(member.password_hash, password):
            return None
        return member
