"""HTTP client for the underwriter's valuation API.

Used by the appraisal workflow to submit garment valuations (species, length,
condition, photos) and to fetch the current policy schedule for a customer.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("furrier.insurer")


@dataclass
class InsurerConfig:
    base_url: str = os.environ.get("INSURER_API_URL", "https://api.furcover-underwriting.com/v2")
    api_token: str = field(default_factory=lambda: os.environ["INSURER_API_TOKEN"])
    timeout: float = 20.0


class InsurerClient:
    def __init__(self, config: InsurerConfig | None = None):
        self.config = config or InsurerConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.config.api_token}",
                "Accept": "application/json",
                "User-Agent": "furrier-backoffice/3.4",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url}{path}"
        log.debug("POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, json=payload, timeout=self.config.timeout)
        if resp.status_code >= 400:
            log.warning("insurer returned %s for %s: %s", resp.status_code, path, resp.text[:300])
        resp.raise_for_status()
        return resp.json()

    def submit_valuation(self, appraisal_id: str, garment: dict, value_cents: int) -> str:
        body = {
            "reference": appraisal_id,
            "item": {
                "species": garment["species"],
                "style": garment["style"],
                "length_cm": garment["length_cm"],
                "condition": garment["condition"],
            },
            "declared_value": {"amount": value_cents, "currency": "USD"},
        }
        return self._post("/valuations", body)["submission_id"]

    def policy_schedule(self, policy_number: str) -> list:
        url = f"{self.config.base_url}/policies/{policy_number}/schedule"
        resp = self.session.get(url, timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()["items"]
