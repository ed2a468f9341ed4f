"""Account registration and sign-in for the tannery buyers' portal."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fellmonger.portal.models import BuyerAccount


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASHING = HashingSettings()


def _derive(password: str, salt: bytes, settings: HashingSettings = HASHING) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def encode_password(password: str) -> str:
    salt = os.urandom(HASHING.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{HASHING.algorithm}",
            str(HASHING.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def register_buyer(db: Session, tannery_name: str, email: str, password: str) -> BuyerAccount:
    account = BuyerAccount(
        tannery_name=tannery_name.strip(),
        email=email.lower(),
        password_hash=encode_password(password),
    )
    db.add(account)
    db.commit()
    return account


def check_buyer_password(db: Session, email: str, password: str) -> BuyerAccount | None:
    account = db.scalar(select(BuyerAccount).where(BuyerAccount.email == email.lower()))
    if account is None:
        return None
    _, iterations, salt_b64, digest_b64 = account.password_hash.split("$")
    settings = HashingSettings(iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    if hmac.compare_digest(candidate, base64.b64decode(digest_b64)):
        return account
    return None
