"""Credential storage for wholesale (trade) accounts on the pewter portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from pewterer.db import get_session
from pewterer.models import WholesaleAccount


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    dklen: int = 32
    label: str = field(default="pbkdf2_sha256")


KDF = KdfSettings()


def _derive(password: str, salt: bytes, settings: KdfSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        salt,
        settings.iterations,
        dklen=settings.dklen,
    )


def encode_password(password: str) -> str:
    salt = os.urandom(KDF.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            KDF.label,
            str(KDF.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    label, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    if label != KDF.label:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    settings = KdfSettings(iterations=int(iterations))
    return hmac.compare_digest(_derive(password, salt, settings), expected)


def set_account_password(account_ref: str, new_password: str) -> None:
    with get_session() as session:
        account = session.query(WholesaleAccount).filter_by(reference=account_ref).one()
        account.password_hash = encode_password(new_password)
        session.commit()
