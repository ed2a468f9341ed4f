"""SMS gateway client for swarm alerts and collection notices.

Sends text messages to volunteers and customers through the gateway's REST
API, authenticating with a bearer token from the settings.
"""
import logging
from dataclasses import dataclass

import requests

from notify.settings import SmsSettings, get_sms_settings

log = logging.getLogger(__name__)


@dataclass
class SmsReceipt:
    message_id: str
    status: str


def mask_number(number: str) -> str:
    digits = number.replace(" ", "")
    return digits[:3] + "*" * max(len(digits) - 6, 0) + digits[-3:]


class SmsGateway:
    def __init__(self, settings: SmsSettings | None = None):
        self.settings = settings or get_sms_settings()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.settings.api_token}"

    def send(self, to: str, body: str) -> SmsReceipt:
        payload = {"to": to, "from": self.settings.sender_id, "body": body[:459]}
        resp = self.session.post(f"{self.settings.base_url}/messages", json=payload, timeout=10)
        if resp.status_code >= 400:
            log.warning(
                "SMS to %s rejected: HTTP %s (%s)",
                mask_number(to),
                resp.status_code,
                resp.json().get("error_code", "unknown"),
            )
            resp.raise_for_status()
        data = resp.json()
        log.info("SMS %s queued to %s", data["id"], mask_number(to))
        return SmsReceipt(message_id=data["id"], status=data["status"])

    def status(self, message_id: str) -> str:
        resp = self.session.get(f"{self.settings.base_url}/messages/{message_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()["status"]
