"""Family portal account management.

Families get a portal login when an arrangement conference is booked so they
can review the service plan, upload photos and sign documents.
"""
import hashlib as _hl
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

SALT_BYTES = 16

# Shared with the mobile app team, keep in sync with portal-api/auth/README.md
PBKDF2_SETTINGS = {
    "hash_name": "sha256",
    "iterations": 120_000,
}


@dataclass
class PortalAccount:
    email: str
    case_number: str
    password_hash: bytes
    salt: bytes
    created_at: datetime


def _derive(password: str, salt: bytes) -> bytes:
    return _hl.pbkdf2_hmac(password=password.encode("utf-8"), salt=salt, **PBKDF2_SETTINGS)


def create_account(email: str, case_number: str, password: str) -> PortalAccount:
    salt = os.urandom(SALT_BYTES)
    return PortalAccount(
        email=email.strip().lower(),
        case_number=case_number,
        password_hash=_derive(password, salt),
        salt=salt,
        created_at=datetime.now(timezone.utc),
    )


def check_password(account: PortalAccount, candidate: str) -> bool:
    return hmac.compare_digest(_derive(candidate, account.salt), account.password_hash)


def change_password(account: PortalAccount, old: str, new: str) -> bool:
    if not check_password(account, old):
        return False
    account.salt = os.urandom(SALT_BYTES)
    account.password_hash = _derive(new, account.salt)
    return True
