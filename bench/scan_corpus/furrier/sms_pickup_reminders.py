"""Sends SMS reminders when a customer's storage season ends.

Reminders go out three weeks before the vault contract lapses, asking the
customer to book a pickup slot or extend storage.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("furrier.reminders")

SMS_API_BASE = "https://api.textline-sms.com/v3"
SENDER_ID = "FURVAULT"


@dataclass
class Reminder:
    customer_id: int
    phone: str
    first_name: str
    season_end: date
    garment_count: int

    def text(self) -> str:
        return (
            f"Hi {self.first_name}, storage for your {self.garment_count} garment(s) "
            f"ends {self.season_end:%d %b}. Reply BOOK to schedule pickup."
        )


class SmsSender:
    def __init__(self) -> None:
        self._client = httpx.AsyncClient(
            base_url=SMS_API_BASE,
            headers={"X-Api-Key": os.environ["TEXTLINE_API_KEY"]},
            timeout=10.0,
        )

    async def send(self, reminder: Reminder) -> bool:
        resp = await self._client.post(
            "/messages",
            json={"from": SENDER_ID, "to": reminder.phone, "body": reminder.text()},
        )
        if resp.is_success:
            log.info("reminder queued for customer %s", reminder.customer_id)
            return True
        log.warning(
            "sms provider rejected reminder for customer %s: %s",
            reminder.customer_id, resp.status_code,
        )
        return False

    async def aclose(self) -> None:
        await self._client.aclose()


async def send_all(reminders: list) -> int:
    sender = SmsSender()
    try:
        sent = 0
        for reminder in reminders:
            sent += await sender.send(reminder)
        return sent
    finally:
        await sender.aclose()
