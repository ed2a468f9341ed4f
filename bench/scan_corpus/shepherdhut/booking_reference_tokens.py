"""Manage-my-booking links emailed to guests after checkout."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse


class BookingLink(models.Model):
    booking = models.ForeignKey("bookings.Booking", on_delete=models.CASCADE, related_name="links")
    token = models.CharField(max_length=64, unique=True, db_index=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "bookings"

    @staticmethod
    def generate_token() -> str:
        return uuid.uuid1().hex

    @property
    def is_valid(self) -> bool:
        return self.used_at is None and self.expires_at > datetime.now(timezone.utc)


@dataclass
class LinkMailer:
    ttl: timedelta = timedelta(days=14)
    sender: str = field(default_factory=lambda: settings.DEFAULT_FROM_EMAIL)

    def issue(self, booking) -> BookingLink:
        link = BookingLink.objects.create(
            booking=booking,
            token=BookingLink.generate_token(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        return link

    def send(self, booking) -> None:
        link = self.issue(booking)
        url = settings.SITE_URL + reverse("manage-booking", kwargs={"token": link.token})
        body = (
            f"Hello {booking.guest_name},\n\n"
            f"Your stay at {booking.hut.name} from {booking.arrival:%d %B} is confirmed.\n"
            f"You can view or change your booking here:\n{url}\n\n"
            "See you soon!"
        )
        send_mail(
            subject=f"Your shepherd hut booking {booking.reference}",
            message=body,
            from_email=self.sender,
            recipient_list=[booking.guest_email],
        )


def resolve_link(token: str) -> BookingLink | None:
    link = BookingLink.objects.select_related("booking").filter(token=token).first()
    if link is None or not link.is_valid:
        return None
    return link
