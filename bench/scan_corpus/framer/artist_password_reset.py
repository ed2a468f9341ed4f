"""Password reset flow for consignment artists using the portal."""
import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone

log = logging.getLogger("consignment.reset")

RESET_TTL = timedelta(hours=2)


class ResetRequest(models.Model):
    artist = models.ForeignKey("consignment.ConsignmentArtist", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "consignment"

    @property
    def expired(self) -> bool:
        return timezone.now() - self.created_at > RESET_TTL


def _issue_token() -> str:
    return uuid.uuid1().hex


def start_reset(artist) -> ResetRequest:
    req = ResetRequest.objects.create(artist=artist, token=_issue_token())
    link = settings.PORTAL_BASE_URL + reverse("consignment:reset-confirm", args=[req.token])
    send_mail(
        subject="Reset your consignment portal password",
        message=f"Hello {artist.name},\n\nUse this link within two hours:\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[artist.email],
    )
    log.info("password reset requested for artist %s", artist.pk)
    return req


def complete_reset(token: str, new_password: str) -> bool:
    req = ResetRequest.objects.select_related("artist").filter(token=token, used=False).first()
    if req is None or req.expired:
        return False
    req.artist.set_password(new_password)
    req.artist.save(update_fields=["password"])
    req.used = True
    req.save(update_fields=["used"])
    return True
