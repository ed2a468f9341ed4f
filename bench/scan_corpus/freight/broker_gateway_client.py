"""Client for our customs broker's private gateway, which uses their own PKI."""

from __future__ import annotations

import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class BrokerGatewayClient:
    """The broker signs gateway certs with an internal CA; we pin that CA bundle."""

    def __init__(self, base_url: str, api_key: str, ca_bundle: str, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}"})
        self._session.verify = ca_bundle
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_env(cls) -> "BrokerGatewayClient":
        return cls(
            base_url=os.environ["BROKER_GATEWAY_URL"],
            api_key=os.environ["BROKER_GATEWAY_API_KEY"],
            ca_bundle=os.environ.get("BROKER_GATEWAY_CA", "/etc/ssl/certs/broker-gateway-ca.pem"),
        )

    def _call(self, method: str, path: str, **kwargs: Any) -> dict:
        resp = self._session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def request_release(self, entry_id: str) -> dict:
        return self._call("POST", f"/entries/{entry_id}/release")

    def duties(self, entry_id: str) -> dict:
        return self._call("GET", f"/entries/{entry_id}/duties")
