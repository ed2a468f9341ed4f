"""Password reset flow for the customer portal."""
from __future__ import annotations

import smtplib
import ssl
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import models
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


def _reset_token() -> str:
    return uuid.uuid1().hex


@dataclass
class ResetGrant:
    user_id: int
    token: str = field(default_factory=_reset_token)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(minutes=30)
    )


class PasswordResetToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "portal"


def _send_reset_mail(address: str, token: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Reset your harp workshop portal password"
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = address
    msg.set_content(
        f"Follow this link within 30 minutes to choose a new password:\n"
        f"{settings.PORTAL_BASE_URL}/reset/{token}\n"
    )
    with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)


@require_POST
def request_reset(request: HttpRequest) -> JsonResponse:
    email = request.POST.get("email", "").strip().lower()
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if user is not None:
        grant = ResetGrant(user_id=user.pk)
        PasswordResetToken.objects.create(
            user_id=grant.user_id, token=grant.token, expires_at=grant.expires_at
        )
        _send_reset_mail(user.email, grant.token)
    return JsonResponse({"status": "If that address is registered, a link is on its way."})


@require_POST
def complete_reset(request: HttpRequest, token: str) -> JsonResponse:
    record = (
        PasswordResetToken.objects.select_related("user")
        .filter(token=token, used=False, expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    if record is None:
        return JsonResponse({"error": "This link has expired."}, status=400)
    new_password = request.POST.get("password", "")
    validate_password(new_password, record.user)
    record.user.set_password(new_password)
    record.user.save(update_fields=["password"])
    record.used = True
    record.save(update_fields=["used"])
    return JsonResponse({"status": "Password updated."})
