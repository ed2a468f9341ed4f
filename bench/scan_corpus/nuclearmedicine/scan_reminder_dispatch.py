"""Send patient-preparation reminders for upcoming nuclear-medicine scans.

The day before a scan the worker texts fasting instructions (FDG PET),
thyroid-medication hold reminders (I-123 uptake) or hydration advice
(bone scan) through the hospital SMS gateway, retrying with backoff.
"""
import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("nm.reminders")

PREP_TEXT = {
    "FDG_PET": "Please do not eat for 6 hours before your PET scan. Water is fine.",
    "I123_UPTAKE": "Please stop thyroid medication as instructed by your doctor.",
    "BONE_SCAN": "Please drink plenty of water after your injection.",
}


@dataclass
class Reminder:
    appointment_id: int
    phone: str
    procedure: str
    scan_time: str


class SmsGateway:
    def __init__(self, url: str, token: str, max_attempts: int = 5, base_delay: float = 1.0) -> None:
        self.url = url
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def _backoff(self, attempt: int) -> float:
        return self.base_delay * (2 ** attempt) + random.uniform(0, self.base_delay)

    def send(self, reminder: Reminder) -> bool:
        text = f"Your scan is at {reminder.scan_time}. {PREP_TEXT[reminder.procedure]}"
        for attempt in range(self.max_attempts):
            try:
                resp = self.session.post(
                    self.url, json={"to": reminder.phone, "text": text}, timeout=10
                )
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return True
            except requests.ConnectionError:
                pass
            delay = self._backoff(attempt)
            log.info("SMS for appointment %s retry in %.1fs", reminder.appointment_id, delay)
            time.sleep(delay)
        log.error("giving up on SMS for appointment %s", reminder.appointment_id)
        return False


def dispatch(reminders: list[Reminder]) -> int:
    gateway = SmsGateway(os.environ["NM_SMS_GATEWAY_URL"], os.environ["NM_SMS_GATEWAY_TOKEN"])
    return sum(1 for r in reminders if r.procedure in PREP_TEXT and gateway.send(r))
