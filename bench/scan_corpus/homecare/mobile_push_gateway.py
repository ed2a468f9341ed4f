"""Client for the push gateway that alerts carers about rota changes.

Failures are logged with the response status, the gateway's request id
and a redacted view of the request headers so support can trace a
message without the bearer token ending up in the log store.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

SENSITIVE_HEADERS = {"authorization", "proxy-authorization", "cookie", "x-api-key"}


def redact_headers(headers) -> dict:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass
class ShiftAlert:
    carer_id: int
    visit_id: int
    message: str


class PushGateway:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.headers["Accept"] = "application/json"

    @classmethod
    def from_env(cls) -> "PushGateway":
        return cls(os.environ["PUSH_GATEWAY_URL"], os.environ["PUSH_GATEWAY_TOKEN"])

    def send(self, alert: ShiftAlert) -> bool:
        payload = {
            "audience": {"carer_id": alert.carer_id},
            "title": "Shift change",
            "body": alert.message,
            "data": {"visit_id": alert.visit_id},
        }
        try:
            resp = self.session.post(f"{self.base_url}/v1/messages", json=payload, timeout=self.timeout)
        except requests.RequestException as exc:
            log.error("push gateway unreachable for visit %s: %s", alert.visit_id, type(exc).__name__)
            return False
        if not resp.ok:
            log.error(
                "push rejected status=%s request_id=%s headers=%s",
                resp.status_code,
                resp.headers.get("X-Request-Id"),
                redact_headers(self.session.headers),
            )
            return False
        return True
