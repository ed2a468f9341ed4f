"""Password reset flow for sponsor portal accounts (Django)."""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone

RESET_TTL = timedelta(minutes=30)


class SponsorResetToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token_digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    @staticmethod
    def digest(raw: str) -> str:
        return hashlib.sha256(raw.encode("ascii")).hexdigest()


def start_reset(email: str, request) -> None:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        return
    raw_token = secrets.token_urlsafe(32)
    SponsorResetToken.objects.create(user=user, token_digest=SponsorResetToken.digest(raw_token))
    link = request.build_absolute_uri(reverse("sponsor-reset-confirm", args=[raw_token]))
    send_mail(
        subject="Reset your sponsor portal password",
        message=f"Use this link within 30 minutes to choose a new password:\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


@transaction.atomic
def finish_reset(raw_token: str, new_password: str) -> bool:
    cutoff = timezone.now() - RESET_TTL
    record = (
        SponsorResetToken.objects.select_for_update()
        .filter(
            token_digest=SponsorResetToken.digest(raw_token),
            used=False,
            created_at__gte=cutoff,
        )
        .select_related("user")
        .first()
    )
    if record is None:
        return False
    record.user.set_password(new_password)
    record.user.save(update_fields=["password"])
    record.used = True
    record.save(update_fields=["used"])
    SponsorResetToken.objects.filter(user=record.user, used=False).update(used=True)
    return True
