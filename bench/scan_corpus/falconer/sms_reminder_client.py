"""Sends SMS reminders the day before an experience day booking."""
import logging

import httpx

from falconer.config import settings

log = logging.getLogger("falconer.sms")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def _redacted(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _trace_request(request: httpx.Request) -> None:
    log.debug("sms request %s %s headers=%s", request.method, request.url, _redacted(request.headers))


class ReminderSender:
    def __init__(self, api_key: str = settings.SMS_API_KEY, sender_id: str = "FALCONRY"):
        self.sender_id = sender_id
        self._client = httpx.Client(
            base_url=settings.SMS_BASE_URL,
            headers={"X-Api-Key": api_key},
            timeout=10.0,
            event_hooks={"request": [_trace_request]},
        )

    def send(self, phone: str, first_name: str, session_time: str, experience: str) -> str:
        text = (
            f"Hi {first_name}, a reminder that your {experience} starts at {session_time} "
            "tomorrow. Please wear sturdy shoes and arrive 15 minutes early."
        )
        response = self._client.post(
            "/messages", json={"to": phone, "from": self.sender_id, "body": text}
        )
        response.raise_for_status()
        message_id = response.json()["message_id"]
        log.info("reminder queued id=%s to=***%s", message_id, phone[-3:])
        return message_id
