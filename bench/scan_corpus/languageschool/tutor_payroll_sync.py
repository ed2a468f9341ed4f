"""Monthly export of tutor hours to the external payroll provider.

Taught hours are aggregated from the timetable and pushed to the payroll
provider's REST API at the end of each month.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List

import requests

log = logging.getLogger("payroll.sync")

PAYROLL_API = os.environ["PAYROLL_API_URL"]


@dataclass
class TutorHours:
    tutor_ref: str
    period: str
    hours: Decimal
    rate_cents: int


class PayrollClient:
    def __init__(self, api_key: str | None = None, timeout: float = 20.0) -> None:
        self._api_key = api_key or os.environ["PAYROLL_API_KEY"]
        self._timeout = timeout
        self._session = requests.Session()

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._api_key}",
            "Content-Type": "application/json",
            "X-Client": "lingua-school-payroll/1.4",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{PAYROLL_API}{path}"
        headers = self._headers()
        log.info("payroll request POST %s headers=%s items=%d", url, headers, len(payload.get("lines", [])))
        response = self._session.post(url, json=payload, headers=headers, timeout=self._timeout)
        response.raise_for_status()
        return response.json()

    def submit_period(self, period: str, rows: List[TutorHours]) -> str:
        payload = {
            "period": period,
            "lines": [
                {
                    "employee_ref": r.tutor_ref,
                    "hours": str(r.hours),
                    "rate_cents": r.rate_cents,
                    "gross_cents": int(r.hours * r.rate_cents),
                }
                for r in rows
            ],
        }
        result = self._post("/timesheets", payload)
        log.info("payroll period %s accepted as batch %s", period, result.get("batch_id"))
        return result["batch_id"]
