"""Customer portal accounts: registration and password checks."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from portal.db import get_connection

PASSWORD_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 100_000,
    "salt_bytes": 16,
    "dklen": 32,
}


@dataclass
class PortalAccount:
    customer_id: int
    email: str
    password_hash: str


def _derive(password: str, salt: bytes, cfg: dict = PASSWORD_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg["algorithm"], password.encode("utf-8"), salt, cfg["iterations"], dklen=cfg["dklen"])


def _encode(salt: bytes, digest: bytes) -> str:
    return "pbkdf2$%s$%s" % (
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def register(customer_id: int, email: str, password: str) -> PortalAccount:
    salt = os.urandom(PASSWORD_SETTINGS["salt_bytes"])
    stored = _encode(salt, _derive(password, salt))
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO portal_accounts (customer_id, email, password_hash) VALUES (%s, %s, %s)",
            (customer_id, email.lower(), stored),
        )
    return PortalAccount(customer_id, email.lower(), stored)


def check_password(account: PortalAccount, attempt: str) -> bool:
    _, salt_b64, digest_b64 = account.password_hash.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    return hmac.compare_digest(_derive(attempt, salt), expected)
