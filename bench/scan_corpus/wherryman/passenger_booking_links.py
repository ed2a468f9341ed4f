"""Manage-my-booking links emailed to passengers.

The link lets a passenger change the sailing, add a bicycle or cancel
without signing in, so each one carries its own token and expiry.
"""
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone


class BookingLink(models.Model):
    booking = models.ForeignKey("bookings.Booking", on_delete=models.CASCADE, related_name="links")
    token = models.CharField(max_length=64, unique=True, db_index=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    @classmethod
    def create_for(cls, booking, ttl=timedelta(hours=48)):
        return cls.objects.create(
            booking=booking,
            token=secrets.token_urlsafe(32),
            expires_at=timezone.now() + ttl,
        )

    def is_valid(self) -> bool:
        return self.used_at is None and self.expires_at > timezone.now()


def email_manage_link(booking, request) -> None:
    link = BookingLink.create_for(booking)
    url = request.build_absolute_uri(reverse("bookings:manage", args=[link.token]))
    send_mail(
        subject=f"Your sailing on {booking.sailing.departs_at:%d %b}",
        message=(
            f"Hello {booking.lead_passenger_name},\n\n"
            f"You can manage booking {booking.reference} here:\n{url}\n\n"
            "The link expires in 48 hours."
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[booking.contact_email],
    )
