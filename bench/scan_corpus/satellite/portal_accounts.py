"""Customer portal account storage.

Accounts are created by the sales team when a customer signs a tasking
contract; customers then set their own password through the portal.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import CustomerAccount

# Stored format: "pbkdf2$<iterations>$<salt b64>$<digest b64>"
HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 150_000,
    "salt_bytes": 16,
}


@dataclass
class PasswordRecord:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "pbkdf2${}${}${}".format(
            self.iterations,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        )

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _, iterations, salt, digest = value.split("$")
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_SETTINGS["algorithm"], password.encode(), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    iterations = HASH_SETTINGS["iterations"]
    return PasswordRecord(iterations, salt, _derive(password, salt, iterations)).encode()


def check_password(password: str, stored: str) -> bool:
    record = PasswordRecord.decode(stored)
    candidate = _derive(password, record.salt, record.iterations)
    return hmac.compare_digest(candidate, record.digest)


def set_customer_password(session: Session, email: str, password: str) -> None:
    stmt = select(CustomerAccount).where(CustomerAccount.email == email)
    account = session.scalars(stmt).one()
    account.password_hash = hash_password(password)
    session.commit()
