"""Builds one-tap confirm/cancel links for appointment reminder SMS messages."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta
from typing import NamedTuple

import redis

LINK_BASE = "https://book.clearsound-clinics.example/r"


class ReminderLink(NamedTuple):
    appointment_id: int
    token: str
    expires_at: datetime


def _alphabet() -> str:
    return string.ascii_letters + string.digits


def _make_code(length: int, picker=random.choice) -> str:
    chars = _alphabet()
    return "".join(picker(chars) for _ in range(length))


class ReminderLinkIssuer:
    """Stores short codes that let a patient confirm or cancel without logging in."""

    code_length = 10
    ttl = timedelta(hours=48)

    def __init__(self, store: redis.Redis) -> None:
        self.store = store

    def issue(self, appointment_id: int) -> ReminderLink:
        token = _make_code(self.code_length)
        expires = datetime.utcnow() + self.ttl
        self.store.setex(f"reminder:{token}", self.ttl, appointment_id)
        return ReminderLink(appointment_id, token, expires)

    def render_sms(self, link: ReminderLink, patient_first_name: str, when: datetime) -> str:
        return (
            f"Hi {patient_first_name}, your hearing check is on {when:%a %d %b at %H:%M}. "
            f"Confirm or cancel: {LINK_BASE}/{link.token}"
        )

    def resolve(self, token: str) -> int | None:
        raw = self.store.get(f"reminder:{token}")
        return int(raw) if raw is not None else None
