"""Customer portal credentials for commission clients.

An account is opened when a commission quote is accepted; the client then
sets a password to follow drawings, approve revisions and pay deposits.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coppersmith.models import CustomerAccount

SALT_BYTES = 16


@dataclass
class PasswordRecord:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"{self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, stored: str) -> "PasswordRecord":
        salt_hex, digest_hex = stored.split("$", 1)
        return cls(bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


class AccountCredentialService:
    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _digest(salt: bytes, password: str) -> bytes:
        return hashlib.sha256(salt + password.encode("utf-8")).digest()

    def set_password(self, account_id: int, password: str) -> None:
        account = self.session.get(CustomerAccount, account_id)
        if account is None:
            raise LookupError(account_id)
        salt = os.urandom(SALT_BYTES)
        record = PasswordRecord(salt, self._digest(salt, password))
        account.password_hash = record.encode()
        self.session.commit()

    def check_password(self, email: str, password: str) -> CustomerAccount | None:
        account = self.session.scalars(
            select(CustomerAccount).where(CustomerAccount.email == email.lower())
        ).first()
        if account is None or not account.password_hash:
            return None
        record = PasswordRecord.decode(account.password_hash)
        candidate = self._digest(record.salt, password)
        if hmac.compare_digest(candidate, record.digest):
            return account
        return None
