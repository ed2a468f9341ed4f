"""Court-date reminder dispatcher.

Sends text reminders 7 days, 2 days and the morning before each hearing, and
picks a small random sample of defendants for a courtesy phone call by staff.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

import requests

log = logging.getLogger(__name__)

REMINDER_OFFSETS = (7, 2, 1)
MAX_ATTEMPTS = 4
CALL_SAMPLE_RATE = 0.1


@dataclass
class Reminder:
    defendant_id: int
    phone: str
    case_number: str
    hearing_date: date
    courthouse: str


def due_reminders(rows: list[Reminder], today: date) -> list[Reminder]:
    targets = {today + timedelta(days=d) for d in REMINDER_OFFSETS}
    return [r for r in rows if r.hearing_date in targets]


def _backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)


def send_sms(session: requests.Session, gateway_url: str, reminder: Reminder) -> bool:
    body = (
        f"Reminder: court for case {reminder.case_number} on "
        f"{reminder.hearing_date:%A %B %d} at {reminder.courthouse}. Missing court forfeits your bond."
    )
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = session.post(gateway_url, json={"to": reminder.phone, "body": body}, timeout=10)
            if resp.status_code < 500:
                resp.raise_for_status()
                return True
        except requests.ConnectionError:
            pass
        time.sleep(_backoff(attempt))
    log.error("reminder for defendant %s not delivered", reminder.defendant_id)
    return False


def pick_courtesy_calls(sent: list[Reminder], rng: random.Random | None = None) -> list[Reminder]:
    rng = rng or random.Random()
    k = max(1, int(len(sent) * CALL_SAMPLE_RATE)) if sent else 0
    return rng.sample(sent, k)


def run(rows: list[Reminder], gateway_url: str, api_token: str) -> list[Reminder]:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {api_token}"
    sent = [r for r in due_reminders(rows, date.today()) if send_sms(session, gateway_url, r)]
    calls = pick_courtesy_calls(sent)
    log.info("sent %d reminders, %d courtesy calls queued", len(sent), len(calls))
    return calls
