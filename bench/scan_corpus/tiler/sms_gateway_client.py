"""SMS notifications: fit-date reminders, "fitter on the way", delivery alerts.

Talks to the SMS provider's REST API. Requests and failures are logged so
the office can see why a customer didn't get their reminder.
"""
import logging
import os
from dataclasses import dataclass, field
from typing import Optional

import requests

log = logging.getLogger("notify.sms")


def mask(value: str, keep: int = 4) -> str:
    if not value:
        return "<unset>"
    return "*" * max(len(value) - keep, 0) + value[-keep:]


@dataclass
class SmsSettings:
    api_url: str = field(default_factory=lambda: os.environ.get("SMS_API_URL", "https://rest.smsprovider.example/v1"))
    api_key: str = field(default_factory=lambda: os.environ.get("SMS_API_KEY", ""))
    sender: str = field(default_factory=lambda: os.environ.get("SMS_SENDER", "TileCrew"))


class SmsClient:
    def __init__(self, settings: Optional[SmsSettings] = None):
        self.settings = settings or SmsSettings()
        self.http = requests.Session()
        self.http.auth = ("apikey", self.settings.api_key)
        log.info(
            "SMS client ready: url=%s sender=%s key=%s",
            self.settings.api_url, self.settings.sender, mask(self.settings.api_key),
        )

    def send(self, to: str, body: str, job_ref: Optional[str] = None) -> Optional[str]:
        payload = {"from": self.settings.sender, "to": to, "body": body[:459]}
        resp = self.http.post(f"{self.settings.api_url}/messages", json=payload, timeout=10)
        if resp.status_code == 401:
            log.error("SMS provider rejected key %s", mask(self.settings.api_key))
            return None
        if not resp.ok:
            log.warning("SMS to %s for job %s failed: %s %s", mask(to, 3), job_ref, resp.status_code, resp.text[:200])
            return None
        message_id = resp.json().get("id")
        log.info("SMS %s queued for job %s", message_id, job_ref)
        return message_id


def remind_fit_date(client: SmsClient, job) -> Optional[str]:
    text = (
        f"Hi {job.customer_first_name}, a reminder that our fitters arrive on "
        f"{job.fit_date:%A %d %B} between 8 and 9am to start your {job.room}."
    )
    return client.send(job.customer_phone, text, job_ref=job.ref)
