"""Freelancer account storage for the vendor management portal.

Linguists log in to pick up jobs, upload deliverables and check their
payout statements. Password hashes live in the ``freelancers`` table.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vendor_portal.models import Freelancer

HASH_NAME = "sha256"
SALT_BYTES = 16
# tuned on the old VM so that login stays under 50 ms
KDF_ROUNDS = 100_000


@dataclass(frozen=True)
class PasswordRecord:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"{HASH_NAME}${KDF_ROUNDS}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _, _, salt_hex, digest_hex = value.split("$")
        return cls(bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, KDF_ROUNDS)


def set_password(session: Session, freelancer_id: int, password: str) -> None:
    salt = os.urandom(SALT_BYTES)
    record = PasswordRecord(salt, _derive(password, salt))
    freelancer = session.get(Freelancer, freelancer_id)
    freelancer.password_hash = record.encode()
    session.commit()


def check_password(session: Session, email: str, password: str) -> Freelancer | None:
    stmt = select(Freelancer).where(Freelancer.email == email.lower())
    freelancer = session.scalars(stmt).first()
    if freelancer is None or not freelancer.password_hash:
        return None
    record = PasswordRecord.decode(freelancer.password_hash)
    if hmac.compare_digest(_derive(password, record.salt), record.digest):
        return freelancer
    return None
