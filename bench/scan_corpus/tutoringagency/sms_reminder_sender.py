"""Sends SMS lesson reminders to parents the evening before each lesson."""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from datetime import datetime

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reminder:
    booking_id: int
    parent_phone: str
    student_first_name: str
    tutor_name: str
    subject: str
    starts_at: datetime
    online: bool


def render(reminder: Reminder) -> str:
    when = reminder.starts_at.strftime("%a %d %b at %H:%M")
    where = "online (link in your e-mail)" if reminder.online else "at the usual address"
    return (
        f"Reminder: {reminder.student_first_name}'s {reminder.subject} lesson with "
        f"{reminder.tutor_name} is {when}, {where}. Reply STOP to opt out."
    )


class SmsReminderSender:
    def __init__(self) -> None:
        self._client = httpx.AsyncClient(
            base_url=os.environ["SMS_API_BASE_URL"],
            headers={"Authorization": f"Bearer {os.environ['SMS_API_TOKEN']}"},
            timeout=10.0,
        )
        self._sender_id = os.environ.get("SMS_SENDER_ID", "TutorAgcy")

    async def send(self, reminder: Reminder) -> bool:
        resp = await self._client.post(
            "/v1/messages",
            json={
                "from": self._sender_id,
                "to": reminder.parent_phone,
                "body": render(reminder),
                "client_ref": f"booking-{reminder.booking_id}",
            },
        )
        if resp.status_code >= 400:
            log.warning("SMS for booking %s rejected with %s", reminder.booking_id, resp.status_code)
            return False
        return True

    async def send_all(self, reminders: list[Reminder]) -> int:
        results = await asyncio.gather(*(self.send(r) for r in reminders))
        return sum(results)

    async def aclose(self) -> None:
        await self._client.aclose()
