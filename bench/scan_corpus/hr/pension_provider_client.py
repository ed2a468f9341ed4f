"""Client for the pension provider's contribution submission API."""
from __future__ import annotations

import os
from decimal import Decimal

import requests

API_KEY_ENV = "PENSION_PROVIDER_API_KEY"
API_KEY_HEADER = "X-Api-Key"
EMPLOYER_REF_ENV = "PENSION_EMPLOYER_REF"


class PensionProviderClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.employer_ref = os.environ[EMPLOYER_REF_ENV]
        self.session = requests.Session()
        self.session.headers[API_KEY_HEADER] = api_key or os.environ[API_KEY_ENV]
        self.session.headers["Accept"] = "application/json"

    def submit_contributions(self, pay_period: str, lines: list[dict]) -> str:
        total = sum(Decimal(str(l["employee_amount"])) + Decimal(str(l["employer_amount"])) for l in lines)
        resp = self.session.post(
            f"{self.base_url}/employers/{self.employer_ref}/contributions",
            json={"pay_period": pay_period, "total": str(total), "members": lines},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["submission_id"]

    def submission_status(self, submission_id: str) -> str:
        resp = self.session.get(
            f"{self.base_url}/employers/{self.employer_ref}/contributions/{submission_id}",
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["status"]
