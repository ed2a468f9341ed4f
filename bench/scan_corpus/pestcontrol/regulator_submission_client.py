"""Submits quarterly pesticide application records to the state regulator's e-filing API."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger(__name__)


class SubmissionError(RuntimeError):
    pass


@dataclass(frozen=True)
class FilingAccount:
    business_licence: str
    api_key: str
    endpoint: str


@dataclass
class ApplicationRecord:
    applied_on: date
    applicator_licence: str
    epa_reg_no: str
    county: str
    quantity_ml: float
    site_type: str


class RegulatorClient:
    def __init__(self, account: FilingAccount, client: httpx.Client | None = None):
        self.account = account
        self.client = client or httpx.Client(timeout=30.0)

    def _headers(self) -> dict[str, str]:
        return {"X-Api-Key": self.account.api_key, "Accept": "application/json"}

    def submit_quarter(self, year: int, quarter: int, records: list[ApplicationRecord]) -> str:
        payload = {
            "licence": self.account.business_licence,
            "period": f"{year}-Q{quarter}",
            "records": [
                {**r.__dict__, "applied_on": r.applied_on.isoformat()} for r in records
            ],
        }
        resp = self.client.post(f"{self.account.endpoint}/filings", json=payload,
                                headers=self._headers())
        if resp.status_code in (401, 403):
            raise SubmissionError(
                f"regulator rejected credentials for licence {self.account.business_licence} "
                f"(key {self.account.api_key}): {resp.text[:200]}"
            )
        resp.raise_for_status()
        receipt = resp.json()["receipt_no"]
        log.info("filed %d records for %s-Q%s, receipt %s", len(records), year, quarter, receipt)
        return receipt

    def status(self, receipt_no: str) -> str:
        resp = self.client.get(f"{self.account.endpoint}/filings/{receipt_no}",
                               headers=self._headers())
        resp.raise_for_status()
        return resp.json()["status"]
