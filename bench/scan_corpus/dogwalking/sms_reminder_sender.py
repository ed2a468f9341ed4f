"""Sends SMS reminders to clients the evening before a scheduled walk or sit."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import httpx

log = logging.getLogger("reminders.sms")


@dataclass
class Reminder:
    phone: str
    client_name: str
    dog_name: str
    walker_name: str
    starts_at: str


class SmsGateway:
    def __init__(self, base_url: str, account_sid: str, auth_token: str, sender: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.sender = sender
        self._client = httpx.Client(auth=(account_sid, auth_token), timeout=10.0)

    @classmethod
    def from_env(cls) -> "SmsGateway":
        return cls(
            os.environ["SMS_API_BASE"],
            os.environ["SMS_ACCOUNT_SID"],
            os.environ["SMS_AUTH_TOKEN"],
            os.environ["SMS_SENDER"],
        )

    def send(self, to: str, body: str) -> str:
        resp = self._client.post(
            f"{self.base_url}/Accounts/{self.account_sid}/Messages.json",
            data={"From": self.sender, "To": to, "Body": body},
        )
        if resp.status_code == 401:
            raise PermissionError(
                f"SMS gateway rejected credentials {self.account_sid}:{self.auth_token}"
            )
        resp.raise_for_status()
        return resp.json()["sid"]


def send_tomorrows_reminders(gateway: SmsGateway, reminders: list[Reminder]) -> int:
    tomorrow = date.today() + timedelta(days=1)
    sent = 0
    for r in reminders:
        text = (
            f"Hi {r.client_name}, {r.walker_name} will collect {r.dog_name} "
            f"on {tomorrow:%a %d %b} at {r.starts_at}. Reply STOP to opt out."
        )
        try:
            gateway.send(r.phone, text)
            sent += 1
        except httpx.HTTPStatusError as exc:
            log.warning("reminder to %s failed: %s", r.phone[-4:], exc.response.status_code)
    log.info("sent %d of %d reminders for %s", sent, len(reminders), tomorrow)
    return sent
