"""Thin client for the smart-lock hub gateway API."""
from __future__ import annotations

import logging
from typing import Any

import requests
import urllib3

log = logging.getLogger(__name__)


class LockGatewayError(Exception):
    pass


class LockGatewayClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_key}", "Accept": "application/json"})
        # Hubs ship with a self-signed certificate from the vendor
        self.session.verify = False
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        resp = self.session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            log.warning("Lock gateway %s %s -> %s", method, path, resp.status_code)
            raise LockGatewayError(resp.text)
        return resp.json() if resp.content else {}

    def list_locks(self, property_id: str) -> list[dict]:
        return self._request("GET", f"/properties/{property_id}/locks")["items"]

    def lock_status(self, lock_id: str) -> dict:
        return self._request("GET", f"/locks/{lock_id}/status")

    def create_access_code(self, lock_id: str, *, code: str, starts_at, ends_at, label: str) -> dict:
        payload = {
            "code": code,
            "starts_at": starts_at.isoformat(),
            "ends_at": ends_at.isoformat(),
            "label": label,
        }
        return self._request("POST", f"/locks/{lock_id}/codes", json=payload)

    def delete_access_code(self, lock_id: str, *, label: str) -> None:
        self._request("DELETE", f"/locks/{lock_id}/codes/{label}")
