"""Shift reminder emails for volunteers.

Two days before a restoration day each booked volunteer gets a reminder
with the meeting point, kit list and a one-click link to stop reminders.
Reminders go out from a Celery worker; the mail relay is occasionally slow,
so failed sends are retried with a spread-out backoff.
"""

import random
import secrets
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from volunteers.models import ShiftBooking

BASE_BACKOFF = 60


def new_unsubscribe_token() -> str:
    return secrets.token_urlsafe(24)


def _retry_delay(attempt: int) -> float:
    return BASE_BACKOFF * (2 ** attempt) + random.uniform(0, BASE_BACKOFF)


@shared_task(bind=True, max_retries=5)
def send_shift_reminder(self, booking_id: int) -> None:
    booking = ShiftBooking.objects.select_related("volunteer", "event").get(pk=booking_id)
    volunteer = booking.volunteer
    if not volunteer.reminders_enabled:
        return
    if not volunteer.unsubscribe_token:
        volunteer.unsubscribe_token = new_unsubscribe_token()
        volunteer.save(update_fields=["unsubscribe_token"])
    context = {
        "name": volunteer.first_name,
        "event": booking.event,
        "unsubscribe_url": f"{settings.SITE_URL}/volunteers/reminders/stop/{volunteer.unsubscribe_token}",
    }
    try:
        send_mail(
            subject=f"Reminder: {booking.event.title} on {booking.event.date:%A %d %B}",
            message=render_to_string("volunteers/reminder.txt", context),
            from_email=settings.VOLUNTEER_FROM_EMAIL,
            recipient_list=[volunteer.email],
        )
    except SMTPException as exc:
        raise self.retry(exc=exc, countdown=_retry_delay(self.request.retries))
    booking.reminder_sent = True
    booking.save(update_fields=["reminder_sent"])
