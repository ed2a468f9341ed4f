"""Password reset links for the Django storefront."""
import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .models import ResetToken

TOKEN_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start_reset(email: str, request) -> None:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    token = secrets.token_urlsafe(32)
    ResetToken.objects.create(
        user=user, token_hash=_digest(token), expires_at=timezone.now() + TOKEN_TTL
    )
    link = request.build_absolute_uri(reverse("accounts:reset-confirm", args=[token]))
    send_mail(
        subject="Reset your password",
        message=f"Use this link within 30 minutes to choose a new password:\n\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


@transaction.atomic
def consume_reset(token: str, new_password: str) -> bool:
    record = (
        ResetToken.objects.select_for_update()
        .filter(token_hash=_digest(token), used_at__isnull=True, expires_at__gt=timezone.now())
        .select_related("user")
        .first()
    )
    if record is None:
        return False
    record.user.set_password(new_password)
    record.user.save(update_fields=["password"])
    record.used_at = timezone.now()
    record.save(update_fields=["used_at"])
    ResetToken.objects.filter(user=record.user, used_at__isnull=True).delete()
    return True
