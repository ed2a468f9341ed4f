"""Credential handling for field adjusters on the claims workbench.

Adjusters sign in with their work e-mail and a password. The derived key and
per-user salt live on the ``adjusters`` table.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.models import Adjuster

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 120_000,
    "salt_bytes": 16,
}


class AuthenticationError(Exception):
    pass


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_SETTINGS["algorithm"], password.encode("utf-8"), salt, HASH_SETTINGS["iterations"])


def encode_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{HASH_SETTINGS['algorithm']}",
            str(HASH_SETTINGS["iterations"]),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    _scheme, _iterations, salt_b64, digest_b64 = encoded.split("$")
    candidate = _derive(password, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_password(session: Session, adjuster_id: int, new_password: str) -> None:
    adjuster = session.get(Adjuster, adjuster_id)
    if adjuster is None:
        raise LookupError(f"adjuster {adjuster_id} not found")
    adjuster.password_hash = encode_password(new_password)
    session.commit()


def authenticate(session: Session, email: str, password: str) -> Adjuster:
    adjuster = session.scalars(select(Adjuster).where(Adjuster.email == email.lower())).first()
    if adjuster is None or not adjuster.is_active:
        raise AuthenticationError("invalid credentials")
    if not check_password(password, adjuster.password_hash):
        raise AuthenticationError("invalid credentials")
    return adjuster
