"""Session wrapper for the transfer gateway (mutual TLS).

The gateway certificate chains to the clearing house private CA, so the CA
bundle path is supplied through configuration instead of relying on certifi.
"""
from __future__ import annotations

import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class TransferGatewayClient:
    def __init__(self, base_url: str, client_cert: str, client_key: str, ca_bundle: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.cert = (client_cert, client_key)
        self.session.verify = ca_bundle or True
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_env(cls) -> "TransferGatewayClient":
        return cls(
            os.environ["TRANSFER_GATEWAY_URL"],
            os.environ["TRANSFER_GATEWAY_CERT"],
            os.environ["TRANSFER_GATEWAY_KEY"],
            os.environ.get("TRANSFER_GATEWAY_CA_BUNDLE"),
        )

    def submit(self, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}/transfers", json=payload, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def status(self, reference: str) -> str:
        resp = self.session.get(f"{self.base_url}/transfers/{reference}", timeout=30)
        resp.raise_for_status()
        return resp.json()["state"]
