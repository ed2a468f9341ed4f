"""Manage-my-booking links emailed to the lead booker.

Anyone holding the link can reschedule or cancel, so the token is the only
thing standing between a stranger and someone's Saturday night slot.
"""
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.db import models
from django.urls import reverse


def _make_token() -> str:
    return uuid.uuid1().hex


class ManageLink(models.Model):
    booking = models.OneToOneField("bookings.Booking", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True, default=_make_token)
    created = models.DateTimeField(auto_now_add=True)

    LIFETIME = timedelta(days=60)

    def is_valid(self) -> bool:
        return datetime.now(timezone.utc) < self.created + self.LIFETIME

    def url(self) -> str:
        path = reverse("bookings:manage", kwargs={"token": self.token})
        return f"{settings.PUBLIC_BASE_URL}{path}"
