"""Rider account credential storage for the mobile app backend."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bikeshare.models import RiderAccount

PASSWORD_POLICY = {
    "algorithm": "sha256",
    "iterations": 150_000,
    "salt_bytes": 16,
    "min_length": 10,
}


@dataclass(frozen=True)
class EncodedPassword:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def serialize(self) -> str:
        return "pbkdf2_{}${}${}${}".format(
            self.algorithm,
            self.iterations,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        )

    @classmethod
    def parse(cls, value: str) -> "EncodedPassword":
        scheme, iterations, salt, digest = value.split("$")
        return cls(
            algorithm=scheme.removeprefix("pbkdf2_"),
            iterations=int(iterations),
            salt=base64.b64decode(salt),
            digest=base64.b64decode(digest),
        )


def _derive(password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


def hash_password(password: str, policy: dict = PASSWORD_POLICY) -> str:
    if len(password) < policy["min_length"]:
        raise ValueError("password is too short")
    salt = os.urandom(policy["salt_bytes"])
    digest = _derive(password, salt, policy["algorithm"], policy["iterations"])
    return EncodedPassword(policy["algorithm"], policy["iterations"], salt, digest).serialize()


def verify_password(password: str, encoded: str) -> bool:
    stored = EncodedPassword.parse(encoded)
    candidate = _derive(password, stored.salt, stored.algorithm, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


def set_rider_password(session: Session, rider_id: int, new_password: str) -> None:
    rider = session.get(RiderAccount, rider_id)
    if rider is None:
        raise LookupError(f"rider {rider_id} not found")
    rider.password_hash = hash_password(new_password)
    session.commit()


def authenticate_rider(session: Session, email: str, password: str) -> RiderAccount | None:
    rider = session.scalars(
        select(RiderAccount).where(RiderAccount.email == email.lower())
    ).first()
    if rider is None or not rider.password_hash:
        return None
    if not verify_password(password, rider.password_hash):
        return None
    return rider
