"""Pushes approved sitter timesheets to the payroll provider's API."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payroll")

SENSITIVE_HEADERS = {"authorization", "x-api-key"}


@dataclass
class PayrollSettings:
    api_base: str
    api_key: str
    timeout_s: float = 20.0


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class SitterPayrollClient:
    def __init__(self, settings: PayrollSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._http.headers.update({"Authorization": f"Bearer {settings.api_key}"})

    def submit_timesheet(self, sitter_ref: str, period: str, hours: Decimal, nights: int) -> str:
        body = {
            "employee_ref": sitter_ref,
            "period": period,
            "lines": [
                {"code": "SIT_HOURS", "quantity": str(hours)},
                {"code": "OVERNIGHT", "quantity": nights},
            ],
        }
        req = requests.Request("POST", f"{self._settings.api_base}/timesheets", json=body)
        prepared = self._http.prepare_request(req)
        log.debug("POST %s headers=%s", prepared.url, redact_headers(dict(prepared.headers)))
        resp = self._http.send(prepared, timeout=self._settings.timeout_s)
        if resp.status_code >= 400:
            log.error(
                "timesheet for %s (%s) rejected: %s request_id=%s",
                sitter_ref, period, resp.status_code, resp.headers.get("X-Request-Id"),
            )
            resp.raise_for_status()
        timesheet_id = resp.json()["id"]
        log.info("timesheet %s submitted for %s (%s h, %d nights)", timesheet_id, sitter_ref, hours, nights)
        return timesheet_id

    def approve(self, timesheet_id: str) -> None:
        resp = self._http.post(
            f"{self._settings.api_base}/timesheets/{timesheet_id}/approve",
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        log.info("timesheet %s approved", timesheet_id)
