"""Creates and updates corrective-maintenance tickets in the CMMS."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import requests

log = logging.getLogger("cmms.client")


@dataclass
class TicketDraft:
    turbine_id: str
    component: str
    fault_code: str
    priority: int
    description: str


class CmmsClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 12.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = api_token
        self._timeout = timeout
        self._session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            "X-Client": "windfarm-ops/2.4",
        }

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("CMMS %s %s headers=%s", method, url, headers)
        resp = self._session.request(method, url, headers=headers, timeout=self._timeout, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def open_ticket(self, draft: TicketDraft) -> str:
        body = {
            "asset": draft.turbine_id,
            "component": draft.component,
            "faultCode": draft.fault_code,
            "priority": draft.priority,
            "text": draft.description,
        }
        return self._request("POST", "/api/workorders", json=body)["id"]

    def close_ticket(self, ticket_id: str, resolution: str) -> None:
        self._request("PATCH", f"/api/workorders/{ticket_id}",
                      json={"status": "CLOSED", "resolution": resolution})


def from_env() -> CmmsClient:
    return CmmsClient(os.environ["CMMS_URL"], os.environ["CMMS_API_TOKEN"])
