"""Client for the group ERP: posts weighbridge sales and pulls customer credit limits."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class ErpSettings:
    base_url: str
    ca_bundle: str
    client_cert: tuple[str, str]
    timeout_s: float = 20.0

    @classmethod
    def from_env(cls) -> "ErpSettings":
        return cls(
            base_url=os.environ["ERP_BASE_URL"],
            ca_bundle=os.environ.get("ERP_CA_BUNDLE", "/etc/quarry/pki/group-root-ca.pem"),
            client_cert=(os.environ["ERP_CLIENT_CERT"], os.environ["ERP_CLIENT_KEY"]),
        )


class ErpClient:
    def __init__(self, settings: ErpSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.cert = settings.client_cert
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504), allowed_methods=None)
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def post_sale(self, ticket: dict) -> str:
        resp = self.session.post(self._url("/sales/weighbridge"), json=ticket, timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return resp.json()["document_no"]

    def credit_limit(self, customer_ref: str) -> float:
        resp = self.session.get(self._url(f"/customers/{customer_ref}/credit"), timeout=self.settings.timeout_s)
        resp.raise_for_status()
        body = resp.json()
        return float(body["limit"]) - float(body["balance"])
