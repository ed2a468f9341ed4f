"""Policyholder self-service login and password reset for the claims portal."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from django.contrib.auth import get_user_model
from django.db import transaction

from portal.models import PasswordResetRequest

PBKDF2_DIGEST = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
RESET_TTL = timedelta(minutes=30)


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode(), salt, PBKDF2_ITERATIONS)
    return f"{salt.hex()}${dk.hex()}"


def verify_password(password: str, stored: str) -> bool:
    salt_hex, dk_hex = stored.split("$")
    dk = hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode(), bytes.fromhex(salt_hex), PBKDF2_ITERATIONS)
    return hmac.compare_digest(dk.hex(), dk_hex)


def _token_digest(token: str) -> str:
    # reset tokens are 256-bit random values; we only keep their digest for lookup
    return hashlib.sha256(token.encode()).hexdigest()


def start_password_reset(email: str) -> str | None:
    """Create a reset request and return the raw token for the e-mail template."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return None
    token = secrets.token_urlsafe(32)
    PasswordResetRequest.objects.create(
        user=user,
        token_digest=_token_digest(token),
        expires_at=datetime.now(timezone.utc) + RESET_TTL,
    )
    return token


@transaction.atomic
def complete_password_reset(token: str, new_password: str) -> bool:
    now = datetime.now(timezone.utc)
    req = (
        PasswordResetRequest.objects.select_for_update()
        .filter(token_digest=_token_digest(token), used_at__isnull=True, expires_at__gt=now)
        .first()
    )
    if req is None:
        return False
    req.user.portal_password = hash_password(new_password)
    req.user.save(update_fields=["portal_password"])
    req.used_at = now
    req.save(update_fields=["used_at"])
    return True
