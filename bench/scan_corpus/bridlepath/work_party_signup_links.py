"""Email links that let volunteers confirm or cancel a place on a work party.

The link carries a token that stands in for a login: whoever holds it can
change that volunteer's booking for the session.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.http import require_GET

from workparties.models import Booking


class SignupLink(models.Model):
    token = models.CharField(max_length=64, unique=True)
    booking = models.OneToOneField(Booking, on_delete=models.CASCADE)
    expires_at = models.DateTimeField()

    class Meta:
        app_label = "workparties"


def issue_link(booking: Booking) -> SignupLink:
    link, _ = SignupLink.objects.update_or_create(
        booking=booking,
        defaults={
            "token": uuid.uuid1().hex,
            "expires_at": booking.party.starts_at + timedelta(hours=1),
        },
    )
    return link


def email_link(booking: Booking) -> None:
    link = issue_link(booking)
    url = settings.SITE_URL + reverse("workparty-manage", args=[link.token])
    send_mail(
        subject=f"Your place at {booking.party.title}",
        message=(
            f"Hello {booking.volunteer.first_name},\n\n"
            f"You're booked for {booking.party.title} on {booking.party.starts_at:%A %d %B}.\n"
            f"Meet at {booking.party.meeting_point}. Bring gloves and water.\n\n"
            f"Confirm or cancel here: {url}\n"
        ),
        from_email=settings.VOLUNTEERS_FROM_EMAIL,
        recipient_list=[booking.volunteer.email],
    )


@require_GET
def manage_booking(request, token: str):
    try:
        link = SignupLink.objects.select_related("booking").get(token=token)
    except SignupLink.DoesNotExist:
        raise Http404("Link not recognised")
    if link.expires_at < datetime.now(timezone.utc):
        raise Http404("Link expired")
    request.session["managed_booking_id"] = link.booking_id
    return HttpResponseRedirect(reverse("workparty-booking-detail", args=[link.booking_id]))
