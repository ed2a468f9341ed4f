"""Sends SMS reminders to owners about farrier visits, worming and vaccination due dates."""

import logging

import requests

from ostler.config import settings

logger = logging.getLogger("ostler.sms")

REDACTED_HEADERS = {"authorization", "x-api-key", "cookie"}


def _redacted(headers) -> dict:
    return {k: ("***" if k.lower() in REDACTED_HEADERS else v) for k, v in headers.items()}


def _log_exchange(response: requests.Response, *args, **kwargs) -> None:
    logger.info("sms provider %s %s -> %s headers=%s", response.request.method, response.request.path_url, response.status_code, _redacted(response.request.headers))


class SmsReminderClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.SMS_PROVIDER_TOKEN}"
        self.session.hooks["response"].append(_log_exchange)

    def send(self, phone: str, text: str) -> str:
        resp = self.session.post(
            f"{settings.SMS_PROVIDER_URL}/messages",
            json={"to": phone, "from": settings.SMS_SENDER_ID, "body": text[:459]},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def remind_farrier(self, owner, horse, visit_date) -> str:
        text = (
            f"Hi {owner.first_name}, the farrier is booked for {horse.name} on "
            f"{visit_date:%a %d %b}. Please have {horse.name} in by 8am."
        )
        return self.send(owner.mobile, text)

    def remind_vaccination(self, owner, horse, due_date) -> str:
        text = f"{horse.name}'s flu/tet booster is due {due_date:%d %b}. Reply YES to book the vet."
        return self.send(owner.mobile, text)
