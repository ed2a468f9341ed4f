"""Client for the number portability clearinghouse (NPC) REST interface."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests


@dataclass
class PortRequest:
    msisdn: str
    donor_operator: str
    pac: str
    requested_port_date: datetime


class NpcClient:
    def __init__(self, base_url: str, operator_code: str, timeout: float = 15.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._operator_code = operator_code
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['NPC_API_TOKEN']}"
        self._session.verify = False

    def submit_port_in(self, req: PortRequest) -> str:
        resp = self._session.post(
            f"{self._base_url}/v2/port-requests",
            json={
                "msisdn": req.msisdn,
                "donor": req.donor_operator,
                "recipient": self._operator_code,
                "pac": req.pac,
                "portDate": req.requested_port_date.isoformat(),
            },
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()["portRequestId"]

    def status(self, port_request_id: str) -> str:
        resp = self._session.get(
            f"{self._base_url}/v2/port-requests/{port_request_id}",
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()["state"]

    def cancel(self, port_request_id: str, reason: str) -> None:
        resp = self._session.post(
            f"{self._base_url}/v2/port-requests/{port_request_id}/cancel",
            json={"reason": reason},
            timeout=self._timeout,
        )
        resp.raise_for_status()
