"""Password reset flow for escrow customer accounts."""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models

log = logging.getLogger("escrow.accounts")

RESET_LIFETIME = timedelta(minutes=30)


class PasswordResetRequest(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token_digest = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "accounts"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_reset(email: str) -> None:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        log.info("password reset requested for unknown address")
        return
    token = secrets.token_urlsafe(32)
    PasswordResetRequest.objects.create(
        user=user,
        token_digest=_digest(token),
        expires_at=datetime.now(timezone.utc) + RESET_LIFETIME,
    )
    reset_url = f"{os.environ['ESCROW_PUBLIC_URL']}/account/reset/{token}"
    send_mail(
        subject="Reset your escrow account password",
        message=f"Use this link within 30 minutes to choose a new password:\n{reset_url}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )
    log.info("password reset mail sent to user %s: %s", user.pk, reset_url)


def complete_reset(token: str, new_password: str) -> bool:
    request = (
        PasswordResetRequest.objects.select_related("user")
        .filter(token_digest=_digest(token), used_at__isnull=True)
        .first()
    )
    if request is None or request.expires_at < datetime.now(timezone.utc):
        return False
    request.user.set_password(new_password)
    request.user.save(update_fields=["password"])
    request.used_at = datetime.now(timezone.utc)
    request.save(update_fields=["used_at"])
    log.info("password reset completed for user %s", request.user.pk)
    return True
