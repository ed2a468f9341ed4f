"""Client for the payroll provider's REST API.

Pushes approved crew timesheets and pulls payslip PDFs for the crew app.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("payroll.client")


@dataclass
class PayrollConfig:
    base_url: str = field(default_factory=lambda: os.environ["PAYROLL_API_URL"])
    client_id: str = field(default_factory=lambda: os.environ["PAYROLL_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["PAYROLL_CLIENT_SECRET"])
    timeout: float = 30.0


class PayrollClient:
    def __init__(self, config: PayrollConfig | None = None) -> None:
        self.config = config or PayrollConfig()
        self.session = requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = self.session.post(
            f"{self.config.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600)) - 60

    def _headers(self) -> dict[str, str]:
        if not self._token or time.time() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = self._headers()
        log.debug("payroll %s %s headers=%s", method, path, headers)
        resp = self.session.request(
            method, f"{self.config.base_url}{path}", headers=headers,
            timeout=self.config.timeout, **kwargs,
        )
        resp.raise_for_status()
        return resp

    def push_timesheets(self, period: str, rows: list[dict]) -> str:
        resp = self._request("POST", f"/v1/periods/{period}/timesheets", json={"rows": rows})
        return resp.json()["batch_id"]

    def payslip_pdf(self, crew_id: str, period: str) -> bytes:
        return self._request("GET", f"/v1/employees/{crew_id}/payslips/{period}").content
