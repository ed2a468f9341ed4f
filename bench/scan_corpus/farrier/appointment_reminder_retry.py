"""Sends SMS reminders the day before shoeing appointments, retrying on gateway errors."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 30.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * 2 ** attempt)
        return random.uniform(0, ceiling)


@dataclass
class Reminder:
    appointment_id: int
    mobile: str
    horse_name: str
    yard_name: str
    slot: str


class ReminderSender:
    def __init__(self, gateway_url: str, api_token: str, policy: RetryPolicy | None = None) -> None:
        self.gateway_url = gateway_url
        self.policy = policy or RetryPolicy()
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {api_token}"

    def _message(self, reminder: Reminder) -> str:
        return (
            f"Reminder: farrier visit for {reminder.horse_name} at {reminder.yard_name} "
            f"tomorrow, {reminder.slot}. Please have the horse caught and legs clean and dry."
        )

    def send(self, reminder: Reminder) -> bool:
        payload = {"to": reminder.mobile, "body": self._message(reminder)}
        for attempt in range(self.policy.attempts):
            try:
                resp = self.http.post(self.gateway_url, json=payload, timeout=10)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return True
                log.warning("gateway returned %s for appointment %s", resp.status_code, reminder.appointment_id)
            except requests.ConnectionError as exc:
                log.warning("gateway unreachable for appointment %s: %s", reminder.appointment_id, exc)
            time.sleep(self.policy.delay_for(attempt))
        log.error("giving up on reminder for appointment %s", reminder.appointment_id)
        return False


def send_tomorrows_reminders(repo, sender: ReminderSender, today: date | None = None) -> int:
    target = (today or date.today()) + timedelta(days=1)
    sent = 0
    for row in repo.appointments_on(target):
        reminder = Reminder(row.id, row.owner_mobile, row.horse_name, row.yard_name, row.slot_label)
        if sender.send(reminder):
            repo.mark_reminded(row.id)
            sent += 1
    return sent
