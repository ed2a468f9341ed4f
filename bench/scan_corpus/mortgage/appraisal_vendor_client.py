"""Client for the appraisal management company (AMC) ordering API.

The AMC's API sits behind our partner gateway, which presents a certificate
issued by the internal partner CA rather than a public one.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class AmcSettings:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "AmcSettings":
        return cls(
            base_url=os.environ["AMC_BASE_URL"].rstrip("/"),
            api_key=os.environ["AMC_API_KEY"],
            ca_bundle=os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/partner-ca/bundle.pem"),
        )


class AppraisalClient:
    def __init__(self, settings: AmcSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504), allowed_methods=["GET"])
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def order(self, loan_number: str, property_address: dict, form_type: str = "1004") -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/orders",
            json={"loanNumber": loan_number, "property": property_address, "formType": form_type},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["orderId"]

    def status(self, order_id: str) -> dict:
        resp = self.session.get(f"{self.settings.base_url}/orders/{order_id}", timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def download_report(self, order_id: str) -> bytes:
        resp = self.session.get(
            f"{self.settings.base_url}/orders/{order_id}/report.pdf", timeout=self.settings.timeout
        )
        resp.raise_for_status()
        return resp.content
