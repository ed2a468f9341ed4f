"""Password reset flow (ACC-190).

1. ``request_reset`` emails a one-time link containing a random token.
2. ``complete_reset`` checks the token and sets the new password.

Only a SHA-256 digest of the token is stored, so a database leak does not
expose usable reset links.
"""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from accounts.models import PasswordResetToken

logger = logging.getLogger(__name__)

RESET_TOKEN_TTL = timedelta(minutes=30)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def request_reset(email: str) -> None:
    """Send a reset link if ``email`` belongs to an active user.

    Always returns silently so the endpoint does not reveal which emails exist.
    """
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        logger.info("Password reset requested for unknown email")
        return

    token = secrets.token_urlsafe(32)
    PasswordResetToken.objects.create(
        user=user,
        token_hash=_token_digest(token),
        expires_at=datetime.now(timezone.utc) + RESET_TOKEN_TTL,
    )
    link = settings.FRONTEND_URL + reverse("accounts:reset-confirm") + f"?token={token}"
    logger.info("Issued password reset for user_id=%s token=%s", user.pk, token)
    send_mail(
        subject="Reset your password",
        message=f"Use this link within 30 minutes to choose a new password:\n\n{link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


@transaction.atomic
def complete_reset(token: str, new_password: str) -> bool:
    """Set ``new_password`` if ``token`` is valid; returns ``False`` otherwise."""
    record = (
        PasswordResetToken.objects.select_for_update()
        .filter(token_hash=_token_digest(token), used_at__isnull=True)
        .select_related("user")
        .first()
    )
    if record is None or record.expires_at < datetime.now(timezone.utc):
        return False

    record.user.set_password(new_password)
    record.user.save(update_fields=["password"])
    record.used_at = datetime.now(timezone.utc)
    record.save(update_fields=["used_at"])
    logger.info("Password reset completed for user_id=%s", record.user.pk)
    return True
