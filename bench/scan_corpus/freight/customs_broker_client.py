"""Thin client for the customs broker's entry-filing REST API."""

from __future__ import annotations

import logging
import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class CustomsBrokerError(RuntimeError):
    pass


class CustomsBrokerClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )
        # broker's gateway sits behind their own load balancer cert
        self._session.verify = False
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_env(cls) -> "CustomsBrokerClient":
        return cls(os.environ["CUSTOMS_BROKER_URL"], os.environ["CUSTOMS_BROKER_API_KEY"])

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        resp = self._session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            log.warning("broker %s %s -> %s", method, path, resp.status_code)
            raise CustomsBrokerError(f"{resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def submit_entry(self, shipment_ref: str, entry: dict) -> str:
        data = self._request("POST", "/v2/entries", json={"reference": shipment_ref, **entry})
        return data["entry_id"]

    def entry_status(self, entry_id: str) -> dict:
        return self._request("GET", f"/v2/entries/{entry_id}")

    def release_documents(self, entry_id: str) -> list[dict]:
        return self._request("GET", f"/v2/entries/{entry_id}/documents").get("items", [])
