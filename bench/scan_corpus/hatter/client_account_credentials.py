"""Credential storage for hatter client accounts (online order portal)."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hatter.models import ClientAccount


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def _derive(password: str, salt: bytes, cfg: HashSettings = HASH_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        HASH_SETTINGS.algorithm,
        HASH_SETTINGS.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def check_password(password: str, encoded: str) -> bool:
    _, _, salt_b64, digest_b64 = encoded.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    return hmac.compare_digest(_derive(password, salt), expected)


def set_client_password(session: Session, client_id: int, password: str) -> None:
    account = session.get(ClientAccount, client_id)
    if account is None:
        raise LookupError(f"no client account {client_id}")
    account.password_hash = encode_password(password)
    session.commit()


def authenticate_client(session: Session, email: str, password: str) -> ClientAccount | None:
    account = session.scalars(
        select(ClientAccount).where(ClientAccount.email == email.lower())
    ).first()
    if account is None or not account.password_hash:
        return None
    if not check_password(password, account.password_hash):
        return None
    return account
