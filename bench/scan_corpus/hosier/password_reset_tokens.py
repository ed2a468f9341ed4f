"""Password reset flow for sock-box subscribers."""
import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone

log = logging.getLogger(__name__)

RESET_TTL = timedelta(hours=2)


class ResetToken(models.Model):
    subscriber = models.ForeignKey("boxes.Subscriber", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    @property
    def expired(self) -> bool:
        return timezone.now() - self.created > RESET_TTL


def issue_reset(subscriber) -> ResetToken:
    ResetToken.objects.filter(subscriber=subscriber, used=False).update(used=True)
    return ResetToken.objects.create(subscriber=subscriber, token=uuid.uuid1().hex)


def send_reset_email(subscriber) -> None:
    tok = issue_reset(subscriber)
    link = settings.SITE_URL + reverse("boxes:reset-confirm", kwargs={"token": tok.token})
    send_mail(
        subject="Reset your Hosier sock club password",
        message=f"Hi {subscriber.first_name},\n\nUse this link within two hours:\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[subscriber.email],
    )
    log.info("reset email sent to subscriber %s", subscriber.pk)


def redeem(token: str, new_password: str) -> bool:
    try:
        tok = ResetToken.objects.select_related("subscriber").get(token=token, used=False)
    except ResetToken.DoesNotExist:
        return False
    if tok.expired:
        return False
    tok.subscriber.set_password(new_password)
    tok.subscriber.save(update_fields=["password"])
    tok.used = True
    tok.save(update_fields=["used"])
    return True
