"""Thin client for the bulk SMS provider used for shift reminders.

The provider's legacy JSON API takes the account credentials inside the
request body rather than a header.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("locum.sms")


@dataclass(frozen=True)
class SmsAccount:
    endpoint: str
    account_id: str
    api_key: str
    sender_id: str = "LocumShift"

    @classmethod
    def from_env(cls) -> "SmsAccount":
        return cls(
            endpoint=os.environ["SMS_PROVIDER_URL"],
            account_id=os.environ["SMS_ACCOUNT_ID"],
            api_key=os.environ["SMS_API_KEY"],
        )


class SmsSender:
    def __init__(self, account: SmsAccount, client: httpx.Client | None = None) -> None:
        self._account = account
        self._client = client or httpx.Client(timeout=10.0)

    def _payload(self, to: str, text: str) -> dict:
        return {
            "account": self._account.account_id,
            "api_key": self._account.api_key,
            "from": self._account.sender_id,
            "to": to,
            "text": text,
        }

    def send(self, to: str, text: str) -> str:
        payload = self._payload(to, text)
        resp = self._client.post(self._account.endpoint, json=payload)
        if resp.status_code >= 400:
            log.error("sms provider rejected message: status=%s request=%s", resp.status_code, payload)
            resp.raise_for_status()
        message_id = resp.json()["message_id"]
        log.info("sms queued id=%s to=***%s", message_id, to[-4:])
        return message_id

    def remind_shift(self, mobile: str, hospital: str, starts: str) -> str:
        return self.send(mobile, f"Reminder: your shift at {hospital} starts {starts}. Reply HELP for support.")
