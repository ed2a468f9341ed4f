"""Client for the fine-art insurer's valuation API (private PKI on their side)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class InsurerSettings:
    base_url: str
    api_key: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "InsurerSettings":
        return cls(
            base_url=os.environ["INSURER_API_URL"],
            api_key=os.environ["INSURER_API_KEY"],
            ca_bundle=os.environ.get("INSURER_CA_BUNDLE", "/etc/tapestry/certs/insurer-root-ca.pem"),
        )


class ValuationClient:
    def __init__(self, settings: InsurerSettings | None = None) -> None:
        self.settings = settings or InsurerSettings.from_env()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers.update({"X-Api-Key": self.settings.api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def current_valuation(self, policy_no: str, accession_no: str) -> Decimal:
        resp = self.session.get(
            f"{self.settings.base_url}/policies/{policy_no}/items/{accession_no}/valuation",
            timeout=20,
        )
        resp.raise_for_status()
        return Decimal(resp.json()["agreed_value"])

    def notify_treatment(self, policy_no: str, accession_no: str, summary: str, on_site: bool) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/policies/{policy_no}/items/{accession_no}/events",
            json={"type": "conservation_treatment", "summary": summary, "on_site": on_site},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["event_id"]
