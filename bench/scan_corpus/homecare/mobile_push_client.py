"""Push notifications to carers' phones about rota changes.

When a coordinator moves or cancels a visit the carer gets a push message.
Messages go through the agency's push gateway, which holds the device
registrations.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class RotaChange:
    carer_id: int
    visit_id: int
    kind: str
    summary: str


class PushGatewayClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_token}",
                "Accept": "application/json",
                "User-Agent": "homecare-rota/3.2",
            }
        )

    @classmethod
    def from_env(cls) -> "PushGatewayClient":
        return cls(os.environ["PUSH_GATEWAY_URL"], os.environ["PUSH_GATEWAY_TOKEN"])

    def notify(self, change: RotaChange) -> bool:
        body = {
            "audience": {"carer_id": change.carer_id},
            "title": "Rota updated",
            "body": change.summary,
            "data": {"visit_id": change.visit_id, "kind": change.kind},
        }
        try:
            resp = self.session.post(f"{self.base_url}/v1/messages", json=body, timeout=self.timeout)
        except requests.RequestException as exc:
            log.error("push gateway unreachable for visit %s: %s", change.visit_id, exc)
            return False
        if resp.status_code >= 400:
            log.error("push rejected status=%s headers=%s", resp.status_code, dict(self.session.headers))
            return False
        log.info("push sent to carer %s for visit %s", change.carer_id, change.visit_id)
        return True

    def notify_many(self, changes: list[RotaChange]) -> int:
        return sum(1 for change in changes if self.notify(change))
