"""Client for the bulk SMS aggregator used for beneficiary notifications.

Used for distribution reminders, redemption codes and hotline call-backs.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

SMS_API_BASE = os.environ["SMS_API_BASE"]
SMS_SENDER_ID = os.environ.get("SMS_SENDER_ID", "RELIEF")
SMS_ACCOUNT_SID = os.environ.get("SMS_ACCOUNT_SID", "")
SMS_AUTH_TOKEN = os.environ.get("SMS_AUTH_TOKEN", "9f3c2a7e41b84d06a5e1c0d7b26f8e93")
DEFAULT_TIMEOUT = 15


@dataclass
class SmsResult:
    to: str
    message_id: str | None
    ok: bool


class SmsGateway:
    def __init__(self, base_url: str = SMS_API_BASE, sid: str = SMS_ACCOUNT_SID, token: str = SMS_AUTH_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.auth = (sid, token)

    def send(self, to: str, body: str) -> SmsResult:
        resp = self.session.post(
            f"{self.base_url}/messages",
            json={"from": SMS_SENDER_ID, "to": to, "body": body},
            timeout=DEFAULT_TIMEOUT,
        )
        if resp.status_code >= 400:
            log.warning("SMS to %s rejected: %s", to[-4:], resp.status_code)
            return SmsResult(to, None, False)
        return SmsResult(to, resp.json().get("id"), True)

    def send_many(self, recipients: list[str], body: str) -> list[SmsResult]:
        return [self.send(r, body) for r in recipients]
