"""Sends SMS reminders for vet, farrier and dentist visits.

Owners are reminded the evening before so horses are brought in and kept
clean and dry for the visiting professional.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import List, Mapping

import httpx


@dataclass(frozen=True)
class SmsCredentials:
    endpoint: str
    account_sid: str
    auth_token: str
    sender_id: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "SmsCredentials":
        return cls(
            endpoint=env["SMS_API_URL"],
            account_sid=env["SMS_ACCOUNT_SID"],
            auth_token=env["SMS_AUTH_TOKEN"],
            sender_id=env.get("SMS_SENDER_ID", "YARD"),
        )

    def __repr__(self) -> str:
        return f"SmsCredentials(endpoint={self.endpoint!r}, account_sid={self.account_sid!r})"


@dataclass
class VisitReminder:
    owner_mobile: str
    horse_name: str
    visitor: str
    visit_at: datetime

    def text(self) -> str:
        return (
            f"Reminder: {self.visitor} visits {self.horse_name} at "
            f"{self.visit_at:%H:%M on %a %d %b}. Please have them in and dry."
        )


class SmsGateway:
    def __init__(self, credentials: SmsCredentials | None = None) -> None:
        self._creds = credentials or SmsCredentials.from_env()
        self._client = httpx.Client(
            base_url=self._creds.endpoint,
            auth=(self._creds.account_sid, self._creds.auth_token),
            timeout=10.0,
        )

    def send(self, reminder: VisitReminder) -> str:
        response = self._client.post(
            "/messages",
            data={"To": reminder.owner_mobile, "From": self._creds.sender_id, "Body": reminder.text()},
        )
        response.raise_for_status()
        return response.json()["sid"]

    def send_all(self, reminders: List[VisitReminder]) -> List[str]:
        return [self.send(r) for r in reminders]
