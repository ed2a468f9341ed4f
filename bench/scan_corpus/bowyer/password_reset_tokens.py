"""Password reset flow for the customer order portal."""
import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models
from django.utils import timezone

log = logging.getLogger(__name__)
RESET_TTL = timedelta(hours=2)


class PasswordResetRequest(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    @property
    def expired(self) -> bool:
        return timezone.now() - self.created_at > RESET_TTL


def _new_token() -> str:
    return uuid.uuid1().hex


def start_reset(email: str) -> None:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        log.info("reset requested for unknown address")
        return
    reset = PasswordResetRequest.objects.create(user=user, token=_new_token())
    link = f"{settings.PORTAL_BASE_URL}/account/reset/{reset.token}/"
    send_mail(
        "Reset your bow order portal password",
        f"Follow this link within two hours to choose a new password:\n{link}\n",
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )


def finish_reset(token: str, new_password: str) -> bool:
    reset = PasswordResetRequest.objects.select_related("user").filter(token=token).first()
    if reset is None or reset.used or reset.expired:
        return False
    user = reset.user
    user.set_password(new_password)
    user.save(update_fields=["password"])
    reset.used = True
    reset.save(update_fields=["used"])
    log.info("password reset completed for user id %s", user.pk)
    return True
