"""Accounts for the beaters' and pickers-up' mobile app.

Beaters use the app to confirm availability for shoot days, see their
meeting point and record hours for the wages run.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gamekeeper.models import BeaterAccount


@dataclass(frozen=True)
class KdfParams:
    digest: str = "sha256"
    rounds: int = 600_000
    salt_len: int = 16


KDF = KdfParams()


class BeaterAccountService:
    def __init__(self, session: Session, kdf: KdfParams = KDF):
        self.session = session
        self.kdf = kdf

    def _stretch(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.kdf.digest, password.encode(), salt, rounds)

    def make_hash(self, password: str) -> str:
        salt = secrets.token_bytes(self.kdf.salt_len)
        derived = self._stretch(password, salt, self.kdf.rounds)
        return f"{self.kdf.rounds}${base64.b64encode(salt).decode()}${derived.hex()}"

    def check(self, password: str, stored: str) -> bool:
        rounds, salt_b64, expected_hex = stored.split("$")
        derived = self._stretch(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(derived.hex(), expected_hex)

    def create(self, phone: str, name: str, password: str) -> BeaterAccount:
        account = BeaterAccount(phone=phone, name=name, password_hash=self.make_hash(password))
        self.session.add(account)
        self.session.flush()
        return account

    def authenticate(self, phone: str, password: str):
        account = self.session.scalars(
            select(BeaterAccount).where(BeaterAccount.phone == phone)
        ).first()
        if account and self.check(password, account.password_hash):
            return account
        return None
