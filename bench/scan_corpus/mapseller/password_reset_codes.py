"""Password reset e-mails for collector accounts."""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.urls import reverse

RESET_ALPHABET = string.ascii_letters + string.digits
RESET_TTL = timedelta(hours=2)


class PasswordReset(models.Model):
    collector = models.ForeignKey("accounts.Collector", on_delete=models.CASCADE)
    code = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "accounts"

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.created_at > RESET_TTL


def _new_code(length: int = 32) -> str:
    return "".join(random.choices(RESET_ALPHABET, k=length))


@transaction.atomic
def start_reset(collector) -> PasswordReset:
    PasswordReset.objects.filter(collector=collector, used=False).update(used=True)
    reset = PasswordReset.objects.create(collector=collector, code=_new_code())
    link = settings.SITE_URL + reverse("accounts:reset-confirm", args=[reset.code])
    send_mail(
        subject="Reset your Mapseller password",
        message=f"Follow this link within two hours to choose a new password:\n{link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[collector.email],
    )
    return reset


def redeem(code: str):
    reset = (
        PasswordReset.objects.select_related("collector")
        .filter(code=code, used=False)
        .first()
    )
    if reset is None or reset.expired:
        return None
    reset.used = True
    reset.save(update_fields=["used"])
    return reset.collector
