"""Authenticated session for the PMDA ICSR gateway, with request logging for the audit trail."""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass

import requests

AUTH_PATTERN = re.compile(r"(Bearer\s+|token=|api_key=)[^\s'\",&]+", re.IGNORECASE)


class CredentialScrubber(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        rendered = record.getMessage()
        record.msg = AUTH_PATTERN.sub(r"\1[redacted]", rendered)
        record.args = ()
        return True


logger = logging.getLogger("pv.gateway.pmda")
logger.addFilter(CredentialScrubber())


@dataclass
class GatewayLogin:
    endpoint: str
    sender_id: str
    api_key: str

    @classmethod
    def from_env(cls) -> "GatewayLogin":
        return cls(
            endpoint=os.environ.get("PMDA_GATEWAY_URL", "https://gateway.pmda.example/icsr"),
            sender_id=os.environ["PMDA_SENDER_ID"],
            api_key=os.environ["PMDA_API_KEY"],
        )


class PmdaGatewaySession(requests.Session):
    def __init__(self, login: GatewayLogin) -> None:
        super().__init__()
        self.login = login
        self.headers.update(
            {"Authorization": f"Bearer {login.api_key}", "X-Sender-Id": login.sender_id}
        )

    def request(self, method, url, *args, **kwargs):
        response = super().request(method, url, *args, **kwargs)
        logger.info(
            "%s %s -> %s (auth: %s)",
            method,
            url,
            response.status_code,
            self.headers.get("Authorization"),
        )
        return response

    def transmit(self, message_id: str, xml: bytes) -> str:
        resp = self.post(
            f"{self.login.endpoint}/messages/{message_id}",
            data=xml,
            headers={"Content-Type": "application/xml"},
            timeout=90,
        )
        resp.raise_for_status()
        return resp.json()["receiptNumber"]
