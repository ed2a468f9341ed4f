"""Sends SMS reminders the day before a course and when a basket is ready to collect."""
import logging
import os
from datetime import date

import httpx

log = logging.getLogger(__name__)

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def _redacted(headers: dict) -> dict:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class SmsClient:
    def __init__(self, api_url: str | None = None, api_key: str | None = None, sender: str = "WillowWks"):
        self.api_url = (api_url or os.environ["SMS_API_URL"]).rstrip("/")
        self.sender = sender
        self._headers = {"Authorization": f"Bearer {api_key or os.environ['SMS_API_KEY']}"}

    async def send(self, client: httpx.AsyncClient, to: str, body: str) -> bool:
        url = f"{self.api_url}/messages"
        log.debug("POST %s headers=%s to=%s", url, _redacted(self._headers), to[-4:].rjust(len(to), "*"))
        resp = await client.post(url, headers=self._headers, json={"from": self.sender, "to": to, "body": body})
        if resp.status_code >= 400:
            log.warning("SMS to ...%s failed with %s", to[-4:], resp.status_code)
            return False
        return True

    async def course_reminders(self, bookings: list[dict], course_day: date) -> int:
        sent = 0
        async with httpx.AsyncClient(timeout=10) as client:
            for booking in bookings:
                text = (
                    f"Hi {booking['first_name']}, see you tomorrow ({course_day:%a %d %b}) at 9:30 "
                    f"for {booking['course_title']}. Wear old clothes - willow is wet!"
                )
                if await self.send(client, booking["mobile"], text):
                    sent += 1
        log.info("sent %d of %d course reminders for %s", sent, len(bookings), course_day)
        return sent

    async def ready_to_collect(self, mobile: str, order_ref: str) -> bool:
        async with httpx.AsyncClient(timeout=10) as client:
            return await self.send(client, mobile, f"Your basket order {order_ref} is ready to collect from the workshop.")
