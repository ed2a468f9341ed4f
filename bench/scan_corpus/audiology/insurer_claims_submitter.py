"""Submits hearing-aid claims to insurers whose portals use a private certificate authority."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class PayerEndpoint:
    payer_code: str
    base_url: str
    ca_bundle: str = "/etc/audiology/payer-ca/bundle.pem"
    client_cert: tuple[str, str] | None = None


@dataclass
class SubmitterSettings:
    timeout_s: float = 20.0
    retries: int = 3
    extra_headers: dict[str, str] = field(
        default_factory=lambda: {"User-Agent": "clearsound-claims/2.4"}
    )


class PayerClaimsClient:
    def __init__(self, endpoint: PayerEndpoint, settings: SubmitterSettings | None = None) -> None:
        self.endpoint = endpoint
        self.settings = settings or SubmitterSettings()
        self.session = requests.Session()
        self.session.verify = endpoint.ca_bundle
        if endpoint.client_cert:
            self.session.cert = endpoint.client_cert
        retry = Retry(total=self.settings.retries, backoff_factor=0.5, status_forcelist=[502, 503])
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.headers.update(self.settings.extra_headers)
        self.session.headers["Authorization"] = f"Bearer {os.environ['PAYER_API_TOKEN']}"

    def submit(self, claim: dict) -> str:
        resp = self.session.post(
            f"{self.endpoint.base_url}/claims", json=claim, timeout=self.settings.timeout_s
        )
        resp.raise_for_status()
        return resp.json()["claim_reference"]
