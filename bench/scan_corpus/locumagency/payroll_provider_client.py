"""Submit approved timesheets as pay lines to the payroll provider's API.

The provider issues the agency one API key; it is read from the
environment and sent only to the provider in the Authorization header.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

log = logging.getLogger("locum.payroll")


@dataclass
class PayLine:
    clinician_ref: str
    timesheet_id: int
    hours: Decimal
    rate: Decimal
    pay_code: str = "LOCUM_BASIC"

    def as_json(self) -> dict:
        data = asdict(self)
        data["hours"] = str(self.hours)
        data["rate"] = str(self.rate)
        return data


class PayrollProviderClient:
    def __init__(self, base_url: str, api_key: str, company_id: str) -> None:
        self._base = base_url.rstrip("/")
        self._company = company_id
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}", "Accept": "application/json"})

    @classmethod
    def from_env(cls) -> "PayrollProviderClient":
        return cls(
            os.environ["PAYROLL_PROVIDER_URL"],
            os.environ["PAYROLL_PROVIDER_API_KEY"],
            os.environ["PAYROLL_COMPANY_ID"],
        )

    def submit_pay_run(self, period: str, lines: list[PayLine]) -> str:
        resp = self._session.post(
            f"{self._base}/companies/{self._company}/payruns",
            json={"period": period, "lines": [line.as_json() for line in lines]},
            timeout=60,
        )
        resp.raise_for_status()
        run_id = resp.json()["payrun_id"]
        log.info("submitted pay run %s for %s with %d lines", run_id, period, len(lines))
        return run_id

    def pay_run_status(self, run_id: str) -> str:
        resp = self._session.get(f"{self._base}/companies/{self._company}/payruns/{run_id}", timeout=30)
        resp.raise_for_status()
        return resp.json()["status"]
