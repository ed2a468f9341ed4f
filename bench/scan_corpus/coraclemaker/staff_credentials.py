"""Password storage for workshop staff (builders, office, river guides).

Stored format: ``pbkdf2_<algo>$<iterations>$<salt>$<hash>`` so that the
iteration count can be raised later and old hashes upgraded on login.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import StaffMember


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


KDF = KdfSettings()


def encode_password(password: str, kdf: KdfSettings = KDF) -> str:
    salt = os.urandom(kdf.salt_bytes)
    digest = hashlib.pbkdf2_hmac(kdf.algorithm, password.encode("utf-8"), salt, kdf.iterations)
    return "$".join(
        [
            f"pbkdf2_{kdf.algorithm}",
            str(kdf.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> tuple[bool, bool]:
    """Return ``(matches, needs_upgrade)``."""
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    digest = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    ok = hmac.compare_digest(digest, base64.b64decode(hash_b64))
    return ok, ok and int(iterations) < KDF.iterations


class StaffDirectory:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, email: str, name: str, role: str, password: str) -> StaffMember:
        member = StaffMember(
            email=email.strip().lower(), name=name, role=role,
            password_hash=encode_password(password),
        )
        self.session.add(member)
        self.session.commit()
        return member

    def sign_in(self, email: str, password: str) -> Optional[StaffMember]:
        member = self.session.scalar(
            select(StaffMember).where(StaffMember.email == email.strip().lower())
        )
        if member is None:
            return None
        ok, upgrade = check_password(password, member.password_hash)
        if not ok:
            return None
        if upgrade:
            member.password_hash = encode_password(password)
            self.session.commit()
        return member
