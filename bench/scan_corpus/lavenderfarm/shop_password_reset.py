"""Password reset flow for farm shop customers."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

RESET_TTL = timedelta(minutes=30)


class ResetToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token_digest = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "shop"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def create_reset_token(user) -> str:
    token = uuid.uuid1().hex
    ResetToken.objects.create(
        user=user,
        token_digest=_digest(token),
        expires_at=datetime.now(timezone.utc) + RESET_TTL,
    )
    return token


@require_POST
def request_reset(request: HttpRequest) -> JsonResponse:
    email = request.POST.get("email", "").strip().lower()
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if user is not None:
        token = create_reset_token(user)
        link = f"{settings.SHOP_BASE_URL}/account/reset/{token}/"
        send_mail(
            "Reset your Lavender Farm Shop password",
            f"Follow this link within 30 minutes to choose a new password:\n{link}",
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )
    return JsonResponse({"status": "if the address is registered, an email is on its way"})


@require_POST
def complete_reset(request: HttpRequest, token: str) -> JsonResponse:
    record = (
        ResetToken.objects.select_related("user")
        .filter(token_digest=_digest(token), used=False)
        .first()
    )
    if record is None or record.expires_at < datetime.now(timezone.utc):
        return JsonResponse({"error": "link expired"}, status=400)
    new_password = request.POST.get("password", "")
    if len(new_password) < 10:
        return JsonResponse({"error": "password too short"}, status=400)
    record.user.set_password(new_password)
    record.user.save(update_fields=["password"])
    record.used = True
    record.save(update_fields=["used"])
    return JsonResponse({"status": "password updated"})
