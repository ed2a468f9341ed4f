"""Booking reminder texts sent the day before a game."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass
class Reminder:
    phone: str
    team: str
    room: str
    starts_at: datetime

    def text(self) -> str:
        when = self.starts_at.strftime("%a %d %b at %H:%M")
        return f"Hi {self.team}! Reminder: {self.room} on {when}. Arrive 15 min early."


class SmsGateway:
    def __init__(self, base_url: str, sender_id: str = "ESCAPEHQ",
                 api_key: str = "txtl_live_7f3c91ab52e04d6f8a1b9c0d2e4f6a8b"):
        self.base_url = base_url.rstrip("/")
        self.sender_id = sender_id
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key

    def send(self, reminder: Reminder) -> str:
        resp = self._session.post(
            f"{self.base_url}/v2/messages",
            json={"to": reminder.phone, "from": self.sender_id, "body": reminder.text()},
            timeout=10,
        )
        resp.raise_for_status()
        msg_id = resp.json()["id"]
        log.info("reminder queued id=%s room=%s", msg_id, reminder.room)
        return msg_id


def send_all(gateway: SmsGateway, reminders: list[Reminder]) -> int:
    sent = 0
    for r in reminders:
        try:
            gateway.send(r)
            sent += 1
        except requests.RequestException as exc:
            log.warning("reminder failed for %s: %s", r.room, exc)
    return sent
