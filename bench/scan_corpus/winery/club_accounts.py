"""Wine club member credentials: registration, login checks, storage records."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
HASH_ITERATIONS = 120_000
SALT_BYTES = 16


@dataclass(frozen=True)
class MemberCredentials:
    member_id: int
    salt: bytes
    digest: bytes

    def to_record(self) -> dict[str, str | int]:
        return {
            "member_id": self.member_id,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "digest": base64.b64encode(self.digest).decode("ascii"),
        }

    @classmethod
    def from_record(cls, row: dict) -> "MemberCredentials":
        return cls(
            member_id=int(row["member_id"]),
            salt=base64.b64decode(row["salt"]),
            digest=base64.b64decode(row["digest"]),
        )


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, HASH_ITERATIONS)


def create_credentials(member_id: int, password: str) -> MemberCredentials:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(SALT_BYTES)
    return MemberCredentials(member_id=member_id, salt=salt, digest=_derive(password, salt))


def check_password(creds: MemberCredentials, candidate: str) -> bool:
    return hmac.compare_digest(creds.digest, _derive(candidate, creds.salt))
