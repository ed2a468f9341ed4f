"""Authentication helpers for the hosted notebook service.

Notebook servers call back into this module to validate local-account
logins (users who have not linked an institutional SSO identity).
"""
import base64
import hashlib as hl
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)

SESSION_LIFETIME = timedelta(hours=8)
MAX_FAILED_ATTEMPTS = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
PBKDF2_ITERATIONS = 100_000
SALT_BYTES = 16
HASH_NAME = "sha256"


@dataclass
class LocalAccount:
    username: str
    salt_b64: str
    hash_b64: str
    failed_attempts: int = 0
    locked_until: datetime | None = None


def _derive(password: str, salt: bytes) -> bytes:
    return hl.pbkdf2_hmac(HASH_NAME, password.encode(), salt, PBKDF2_ITERATIONS)


def create_account(username: str, password: str) -> LocalAccount:
    salt = os.urandom(SALT_BYTES)
    return LocalAccount(
        username=username,
        salt_b64=base64.b64encode(salt).decode(),
        hash_b64=base64.b64encode(_derive(password, salt)).decode(),
    )


def check_login(account: LocalAccount, password: str) -> bool:
    now = datetime.now(timezone.utc)
    if account.locked_until and account.locked_until > now:
        log.info("login rejected for locked account %s", account.username)
        return False
    salt = base64.b64decode(account.salt_b64)
    ok = hmac.compare_digest(_derive(password, salt), base64.b64decode(account.hash_b64))
    if ok:
        account.failed_attempts = 0
        return True
    account.failed_attempts += 1
    if account.failed_attempts >= MAX_FAILED_ATTEMPTS:
        account.locked_until = now + LOCKOUT_WINDOW
        log.warning("account %s locked after repeated failures", account.username)
    return False


def session_expiry(issued_at: datetime) -> datetime:
    return issued_at + SESSION_LIFETIME
