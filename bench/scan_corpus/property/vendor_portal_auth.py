"""Credential handling for maintenance vendors who log in to the work-order portal."""
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

import bcrypt

from vendors.models import Vendor, VendorResetToken

BCRYPT_ROUNDS = 12
RESET_TOKEN_TTL = timedelta(minutes=30)


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def check_password(vendor: Vendor, password: str) -> bool:
    if not vendor.password_hash:
        return False
    return bcrypt.checkpw(password.encode("utf-8"), vendor.password_hash)


def _token_digest(token: str) -> str:
    # Reset tokens are 256-bit random values, so a plain digest is enough for lookup
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start_password_reset(vendor: Vendor) -> str:
    token = secrets.token_urlsafe(32)
    VendorResetToken.objects.create(
        vendor=vendor,
        token_digest=_token_digest(token),
        expires_at=datetime.now(timezone.utc) + RESET_TOKEN_TTL,
    )
    return token


def complete_password_reset(token: str, new_password: str) -> bool:
    digest = _token_digest(token)
    record = (
        VendorResetToken.objects.select_related("vendor")
        .filter(token_digest=digest, used=False, expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    if record is None or not hmac.compare_digest(record.token_digest, digest):
        return False
    record.vendor.password_hash = hash_password(new_password)
    record.vendor.save(update_fields=["password_hash"])
    record.used = True
    record.save(update_fields=["used"])
    return True
