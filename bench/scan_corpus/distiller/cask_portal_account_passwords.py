"""Account credentials for the cask ownership portal.

Cask owners sign in to view their casks, request samples and arrange
bottling. This module creates and checks their stored password records.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from portal.db import session_scope
from portal.models import CaskOwner


@dataclass(frozen=True)
class CredentialSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = CredentialSettings()


def _derive(password: str, salt: bytes, cfg: CredentialSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_%s$%d$%s$%s" % (
        SETTINGS.algorithm,
        SETTINGS.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def check_password(password: str, encoded: str) -> bool:
    _, iterations, salt_b64, digest_b64 = encoded.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    cfg = CredentialSettings(iterations=int(iterations))
    return hmac.compare_digest(_derive(password, salt, cfg), expected)


def set_owner_password(owner_id: int, new_password: str) -> None:
    with session_scope() as session:
        owner = session.get(CaskOwner, owner_id)
        if owner is None:
            raise LookupError(f"no cask owner {owner_id}")
        owner.password_hash = encode_password(new_password)
        session.add(owner)
