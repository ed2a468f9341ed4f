"""Password handling for members of the Showmen's Guild pitch-booking portal.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so that the
iteration count can be raised later without breaking existing members.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import GuildMember


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    dklen: int = 32


class MemberPasswordHasher:
    prefix = "pbkdf2_sha256"

    def __init__(self, settings: KdfSettings | None = None) -> None:
        self.settings = settings or KdfSettings()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.digest,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self.settings.dklen,
        )

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.settings.salt_bytes)
        derived = self._derive(password, salt, self.settings.iterations)
        return "$".join(
            [
                self.prefix,
                str(self.settings.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(derived).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            prefix, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        derived = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(derived, base64.b64decode(hash_b64))

    def needs_rehash(self, encoded: str) -> bool:
        return int(encoded.split("$", 2)[1]) < self.settings.iterations


class MemberAuthService:
    def __init__(self, db: Session, hasher: MemberPasswordHasher | None = None) -> None:
        self.db = db
        self.hasher = hasher or MemberPasswordHasher()

    def set_password(self, member_no: str, password: str) -> None:
        member = self.db.scalars(
            select(GuildMember).where(GuildMember.member_no == member_no)
        ).one()
        member.password_hash = self.hasher.encode(password)
        self.db.commit()

    def authenticate(self, member_no: str, password: str) -> GuildMember | None:
        member = self.db.scalars(
            select(GuildMember).where(GuildMember.member_no == member_no)
        ).one_or_none()
        if member is None or not member.password_hash:
            return None
        if not self.hasher.verify(password, member.password_hash):
            return None
        if self.hasher.needs_rehash(member.password_hash):
            member.password_hash = self.hasher.encode(password)
            self.db.commit()
        return member
