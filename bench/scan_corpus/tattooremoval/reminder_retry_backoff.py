"""Sends SMS reminders for next-day laser sessions, retrying with backoff.

The SMS gateway rate-limits bursts, so failed sends are retried after an
exponential delay with random jitter to spread retries from parallel
workers.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
import psycopg

log = logging.getLogger("reminders.sms")

MAX_ATTEMPTS = 5
BASE_DELAY = 1.5
MAX_DELAY = 60.0


@dataclass
class Reminder:
    booking_id: int
    phone: str
    starts_at: str
    service: str


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def due_reminders(conninfo: str, day: date) -> list[Reminder]:
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute(
            "SELECT b.id, c.phone, to_char(b.starts_at, 'HH24:MI'), b.service FROM bookings b "
            "JOIN clients c ON c.id = b.client_id "
            "WHERE b.starts_at::date = %s AND b.status = 'confirmed' AND NOT b.reminder_sent",
            (day,),
        ).fetchall()
    return [Reminder(*row) for row in rows]


def send_with_retry(client: httpx.Client, reminder: Reminder) -> bool:
    body = {
        "to": reminder.phone,
        "text": f"Reminder: your {reminder.service.replace('_', ' ')} is tomorrow at "
        f"{reminder.starts_at}. Please avoid sun exposure on the area beforehand.",
    }
    for attempt in range(MAX_ATTEMPTS):
        try:
            client.post("/v1/sms", json=body).raise_for_status()
            return True
        except httpx.HTTPError as err:
            delay = backoff_delay(attempt)
            log.warning("SMS for booking %s failed (%s); retrying in %.1fs",
                        reminder.booking_id, err, delay)
            time.sleep(delay)
    return False


def run() -> None:
    conninfo = os.environ["CLINIC_DATABASE_URL"]
    client = httpx.Client(
        base_url=os.environ["SMS_GATEWAY_URL"],
        headers={"Authorization": f"Bearer {os.environ['SMS_GATEWAY_TOKEN']}"},
        timeout=10.0,
    )
    tomorrow = date.today() + timedelta(days=1)
    for reminder in due_reminders(conninfo, tomorrow):
        if send_with_retry(client, reminder):
            with psycopg.connect(conninfo) as conn:
                conn.execute("UPDATE bookings SET reminder_sent = true WHERE id = %s",
                             (reminder.booking_id,))
