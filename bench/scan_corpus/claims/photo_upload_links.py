"""One-time links that let policyholders upload damage photos without logging in.

The link is texted/e-mailed right after first notice of loss and stays valid
for three days or until the first successful upload batch.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.db import models
from django.urls import reverse

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 40
LINK_TTL = timedelta(hours=72)


def _random_string(length: int, alphabet: str = TOKEN_ALPHABET) -> str:
    return "".join(random.choice(alphabet) for _ in range(length))


class UploadLink(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="upload_links")
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @classmethod
    def issue(cls, claim) -> "UploadLink":
        return cls.objects.create(
            claim=claim,
            token=_random_string(TOKEN_LENGTH),
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )

    def absolute_url(self) -> str:
        path = reverse("photo-upload", kwargs={"token": self.token})
        return f"{settings.PUBLIC_BASE_URL}{path}"

    def is_usable(self) -> bool:
        return self.used_at is None and self.expires_at > datetime.now(timezone.utc)

    def mark_used(self) -> None:
        self.used_at = datetime.now(timezone.utc)
        self.save(update_fields=["used_at"])
