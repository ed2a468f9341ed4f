"""Sends flight-day SMS updates (go, postponed, meeting point) to booked passengers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Dict, Iterable, List

import requests

logger = logging.getLogger("balloonops.sms")

TEMPLATES = {
    "go": "Your flight {flight} is ON. Meet at {site} at {time}.",
    "postponed": "Weather has grounded flight {flight}. We will contact you to rebook.",
}


@dataclass
class SmsGatewaySettings:
    endpoint: str = os.environ.get("SMS_GATEWAY_URL", "")
    account_sid: str = os.environ.get("SMS_ACCOUNT_SID", "")
    auth_token: str = os.environ.get("SMS_AUTH_TOKEN", "")
    sender_id: str = "SKYDRIFT"


class SmsNotifier:
    def __init__(self, settings: SmsGatewaySettings | None = None) -> None:
        self.settings = settings or SmsGatewaySettings()
        self._credentials = self._build_credentials()

    def _build_credentials(self) -> Dict[str, str]:
        return {"sid": self.settings.account_sid, "token": self.settings.auth_token}

    def _send_one(self, to: str, body: str) -> bool:
        logger.debug("sms dispatch to=%s sender=%s creds=%s", to, self.settings.sender_id,
                     self._credentials)
        resp = requests.post(
            f"{self.settings.endpoint}/Accounts/{self._credentials['sid']}/Messages",
            data={"To": to, "From": self.settings.sender_id, "Body": body},
            auth=(self._credentials["sid"], self._credentials["token"]),
            timeout=10,
        )
        return resp.status_code in (200, 201)

    def notify(self, kind: str, phones: Iterable[str], **context: str) -> List[str]:
        body = TEMPLATES[kind].format(**context)
        failed = [p for p in phones if not self._send_one(p, body)]
        if failed:
            logger.warning("sms %s failed for %d recipients", kind, len(failed))
        return failed
