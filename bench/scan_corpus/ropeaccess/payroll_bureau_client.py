"""Client for the external payroll bureau's submission API.

Approved timesheet hours, height allowances and per-diems are pushed to the
bureau at period close; the bureau returns a submission reference that finance
reconciles against the payslip run.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("payroll.bureau")


@dataclass(frozen=True)
class BureauSettings:
    base_url: str
    company_code: str
    client_id: str
    client_secret: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "BureauSettings":
        return cls(
            base_url=os.environ["PAYROLL_BUREAU_URL"],
            company_code=os.environ["PAYROLL_COMPANY_CODE"],
            client_id=os.environ["PAYROLL_CLIENT_ID"],
            client_secret=os.environ["PAYROLL_CLIENT_SECRET"],
        )


class PayrollBureauClient:
    def __init__(self, settings: BureauSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._token: str | None = None

    def _authenticate(self) -> str:
        log.debug("requesting bureau token with %r", self._settings)
        resp = self._session.post(
            f"{self._settings.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self._settings.client_id,
                "client_secret": self._settings.client_secret,
            },
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _headers(self) -> dict[str, str]:
        if self._token is None:
            self._token = self._authenticate()
        return {"Authorization": f"Bearer {self._token}"}

    def submit_period(self, period: str, lines: list[dict]) -> str:
        resp = self._session.post(
            f"{self._settings.base_url}/companies/{self._settings.company_code}/periods/{period}",
            json={"lines": lines},
            headers=self._headers(),
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        reference = resp.json()["submission_ref"]
        log.info("period %s submitted to bureau, %d lines, ref %s", period, len(lines), reference)
        return reference
