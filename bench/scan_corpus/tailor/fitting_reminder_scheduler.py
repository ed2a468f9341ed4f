"""Schedules fitting-appointment reminders for all shops in the chain.

Reminders go out the day before a fitting. Each reminder carries a link that
lets the customer move the appointment without logging in.
"""
import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from celery import Celery

app = Celery("reminders")
app.config_from_object("hc_workroom.celeryconfig")

REMINDER_LEAD = timedelta(hours=24)
SEND_JITTER_SECONDS = (0, 900)
RESCHEDULE_URL = "https://portal.hartwellcrane.co.uk/fittings/reschedule/{token}"


@dataclass
class Fitting:
    fitting_id: int
    customer_email: str
    shop_code: str
    starts_at: datetime
    reschedule_token: str = field(default="")


def _spread_delay() -> float:
    """Spread sends over a window so the mail relay is not hit all at once."""
    low, high = SEND_JITTER_SECONDS
    return random.uniform(low, high)


def _new_reschedule_token() -> str:
    return secrets.token_urlsafe(32)


def assign_fitters(fittings: list[Fitting], fitters: list[str]) -> dict[int, str]:
    """Round-robin fitters across the day's fittings starting from a random fitter."""
    order = fitters[:]
    random.shuffle(order)
    return {f.fitting_id: order[i % len(order)] for i, f in enumerate(fittings)}


@app.task(name="reminders.send_one")
def send_reminder(fitting_id: int, email: str, starts_at: str, token: str) -> None:
    from hc_workroom.mail import send_template

    send_template(
        to=email,
        template="fitting_reminder",
        context={
            "starts_at": starts_at,
            "reschedule_url": RESCHEDULE_URL.format(token=token),
        },
    )


def queue_reminders(fittings: list[Fitting], now: datetime, save_token) -> int:
    """Queue reminders for fittings inside the lead window; ``save_token`` persists each token."""
    queued = 0
    for fitting in fittings:
        if fitting.starts_at - now > REMINDER_LEAD:
            continue
        fitting.reschedule_token = _new_reschedule_token()
        save_token(fitting.fitting_id, fitting.reschedule_token)
        send_reminder.apply_async(
            args=(
                fitting.fitting_id,
                fitting.customer_email,
                fitting.starts_at.isoformat(),
                fitting.reschedule_token,
            ),
            countdown=_spread_delay(),
        )
        queued += 1
    return queued
