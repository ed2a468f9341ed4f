"""Signal handlers for consultation bookings.

When a booking is confirmed we notify the studio's scheduling integration
so the artist's calendar blocks out the slot.
"""
import logging

import requests
from django.db.models.signals import post_save
from django.dispatch import receiver

from bookings.models import Consultation

log = logging.getLogger(__name__)

CALENDAR_HOOK = "https://7f3a-81-2-69-142.ngrok-free.app/hooks/booking-confirmed"


def _serialize(booking: Consultation) -> dict:
    return {
        "booking_id": booking.pk,
        "artist_id": booking.artist_id,
        "studio": booking.studio.slug,
        "starts_at": booking.starts_at.isoformat(),
        "duration_minutes": booking.duration_minutes,
        "placement": booking.placement,
    }


@receiver(post_save, sender=Consultation)
def push_confirmed_booking(sender, instance: Consultation, created: bool, **kwargs):
    if instance.status != Consultation.Status.CONFIRMED:
        return
    try:
        resp = requests.post(CALENDAR_HOOK, json=_serialize(instance), timeout=5)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("calendar hook failed for booking %s", instance.pk)
