"""Sends appointment reminders through the SMS provider's REST API."""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)


def mask_msisdn(number: str) -> str:
    digits = number.strip()
    return digits[:3] + "*" * max(len(digits) - 5, 0) + digits[-2:]


@dataclass
class ProviderSettings:
    endpoint: str = field(default_factory=lambda: os.environ["SMS_PROVIDER_URL"])
    api_token: str = field(default_factory=lambda: os.environ["SMS_PROVIDER_TOKEN"], repr=False)
    timeout: float = 8.0


class ReminderSmsSender:
    def __init__(self, settings: ProviderSettings | None = None):
        self.settings = settings or ProviderSettings()
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Token {self.settings.api_token}"})
        log.debug("SMS provider configured (endpoint=%s)", self.settings.endpoint)

    def send(self, to: str, text: str) -> str | None:
        log.debug("sending reminder to %s (%d chars)", mask_msisdn(to), len(text))
        try:
            resp = self.session.post(
                self.settings.endpoint, json={"to": to, "text": text}, timeout=self.settings.timeout
            )
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("SMS provider error for %s: %s", mask_msisdn(to), type(exc).__name__)
            return None
        message_id = resp.json().get("message_id")
        log.info("reminder accepted by provider, id=%s", message_id)
        return message_id
