"""Password-reset link generation and delivery."""

import logging
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.models import PasswordResetToken

logger = logging.getLogger("accounts.recovery")


def build_reset_url(raw_token: str) -> str:
    query = urlencode({"t": raw_token})
    return f"{settings.PUBLIC_BASE_URL}/account/reset?{query}"


def send_reset_link(user) -> None:
    raw_token = secrets.token_urlsafe(32)
    PasswordResetToken.objects.filter(user=user, used_at__isnull=True).delete()
    PasswordResetToken.objects.create(
        user=user,
        token_hash=PasswordResetToken.digest(raw_token),
        expires_at=timezone.now() + settings.RESET_TOKEN_TTL,
    )

    link = build_reset_url(raw_token)
    body = render_to_string(
        "accounts/email/reset_password.txt",
        {"display_name": user.display_name, "link": link},
    )
    send_mail(
        subject="Reset your password",
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )
    logger.info("reset link dispatched user=%s link=%s", user.pk, link)


def consume_reset_token(raw_token: str):
    token = (
        PasswordResetToken.objects.select_related("user")
        .filter(
            token_hash=PasswordResetToken.digest(raw_token),
            used_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .first()
    )
    if token is None:
        return None
    token.used_at = timezone.now()
    token.save(update_fields=["used_at"])
    return token.user
