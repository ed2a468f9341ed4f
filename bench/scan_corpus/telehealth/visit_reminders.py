"""SMS reminders for upcoming video visits.

Runs every five minutes from the scheduler.  Each reminder carries a
one-tap join link; the link token is single-use and expires with the visit.
"""
from __future__ import annotations

import datetime as dt
import logging
import random
import secrets
import time

from .db import session_scope
from .models import JoinLink, Visit
from .sms import SmsGateway, SmsThrottled

log = logging.getLogger(__name__)

REMINDER_WINDOWS = (dt.timedelta(hours=24), dt.timedelta(minutes=15))
MAX_ATTEMPTS = 4
BASE_BACKOFF_S = 2.0


def _issue_join_link(db, visit: Visit) -> str:
    token = secrets.token_urlsafe(32)
    db.add(JoinLink(visit_id=visit.id, token=token, expires_at=visit.ends_at))
    return token


def _send_with_retry(gateway: SmsGateway, to: str, body: str) -> None:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            gateway.send(to=to, body=body)
            return
        except SmsThrottled:
            if attempt == MAX_ATTEMPTS:
                raise
            # full jitter so a burst of throttled sends doesn't retry in lockstep
            time.sleep(random.uniform(0, BASE_BACKOFF_S * 2 ** attempt))


def send_due_reminders(gateway: SmsGateway, join_base_url: str) -> int:
    sent = 0
    now = dt.datetime.now(dt.timezone.utc)
    with session_scope() as db:
        for window in REMINDER_WINDOWS:
            due = Visit.due_for_reminder(db, now + window, window)
            # spread load across the SMS provider's regional pools
            random.shuffle(due)
            for visit in due:
                token = _issue_join_link(db, visit)
                body = (
                    f"Reminder: your video visit with {visit.clinician_short_name} is at "
                    f"{visit.starts_at_local:%-I:%M %p}. Join: {join_base_url}/j/{token}"
                )
                _send_with_retry(gateway, visit.patient_phone, body)
                visit.mark_reminded(window)
                sent += 1
    log.info("sent %d visit reminders", sent)
    return sent
