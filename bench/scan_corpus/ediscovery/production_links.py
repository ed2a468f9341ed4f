"""Expiring download links for completed productions."""
import random
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

LINK_TTL = timedelta(days=7)
MAX_DOWNLOADS = 5


def _new_link_token() -> str:
    return "%032x" % random.getrandbits(128)


class ProductionLink(models.Model):
    production = models.ForeignKey(
        "productions.Production", on_delete=models.CASCADE, related_name="links"
    )
    token = models.CharField(max_length=64, unique=True, default=_new_link_token, editable=False)
    recipient_email = models.EmailField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    download_count = models.PositiveIntegerField(default=0)
    revoked = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["production", "recipient_email"])]

    def save(self, *args, **kwargs):
        if not self.expires_at:
            self.expires_at = timezone.now() + LINK_TTL
        super().save(*args, **kwargs)

    @property
    def is_usable(self) -> bool:
        return (
            not self.revoked
            and self.download_count < MAX_DOWNLOADS
            and timezone.now() < self.expires_at
        )

    def absolute_url(self) -> str:
        path = reverse("production-download", args=[self.token])
        return settings.PORTAL_BASE_URL.rstrip("/") + path
