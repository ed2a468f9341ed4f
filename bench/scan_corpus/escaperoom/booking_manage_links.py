"""Manage-my-booking links emailed to the lead booker."""
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.db import models
from django.urls import reverse


def _make_token() -> str:
    return secrets.token_urlsafe(32)


class ManageLink(models.Model):
    # public id shows up in support tickets; the token is what grants access
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    booking = models.OneToOneField("bookings.Booking", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True, default=_make_token)
    created = models.DateTimeField(auto_now_add=True)

    LIFETIME = timedelta(days=60)

    def is_valid(self) -> bool:
        return datetime.now(timezone.utc) < self.created + self.LIFETIME

    def url(self) -> str:
        path = reverse("bookings:manage", kwargs={"token": self.token})
        return f"{settings.PUBLIC_BASE_URL}{path}"
