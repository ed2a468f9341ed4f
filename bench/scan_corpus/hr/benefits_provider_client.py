"""Thin client for the benefits provider's eligibility and enrollment API."""
from __future__ import annotations

import requests

PARTNER_ID = "acme-hr"
PARTNER_API_KEY = "bpk_live_4f9c2a7e81d04b6fa3c95e0d7b12f6a8"


class BenefitsProviderClient:
    def __init__(self, base_url: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Partner-Id": PARTNER_ID,
                "X-Api-Key": PARTNER_API_KEY,
                "Accept": "application/json",
            }
        )

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def eligibility(self, employee_number: str) -> dict:
        return self._get(f"/v2/members/{employee_number}/eligibility")

    def enroll(self, employee_number: str, plan_code: str, dependents: list[dict]) -> str:
        resp = self.session.post(
            f"{self.base_url}/v2/enrollments",
            json={"member": employee_number, "plan": plan_code, "dependents": dependents},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["enrollment_id"]

    def terminate(self, employee_number: str, effective_date: str) -> None:
        resp = self.session.post(
            f"{self.base_url}/v2/members/{employee_number}/terminate",
            json={"effective_date": effective_date},
            timeout=self.timeout,
        )
        resp.raise_for_status()
