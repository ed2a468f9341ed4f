"""Password reset flow for the donor portal."""
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone

from donors.models import PasswordResetRequest

RESET_TTL = timedelta(hours=2)


def start_reset(email: str, request) -> None:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return  # don't reveal whether the address exists

    token = uuid.uuid1().hex
    PasswordResetRequest.objects.create(
        user=user,
        token=token,
        expires_at=timezone.now() + RESET_TTL,
    )
    link = request.build_absolute_uri(reverse("donor-reset-confirm", args=[token]))
    send_mail(
        subject="Reset your Friends of the Aquarium password",
        message=f"Use this link within two hours to choose a new password:\n\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


def consume_reset(token: str, new_password: str) -> bool:
    req = (
        PasswordResetRequest.objects.select_related("user")
        .filter(token=token, used_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
    if req is None:
        return False
    req.user.set_password(new_password)
    req.user.save(update_fields=["password"])
    req.used_at = timezone.now()
    req.save(update_fields=["used_at"])
    return True
