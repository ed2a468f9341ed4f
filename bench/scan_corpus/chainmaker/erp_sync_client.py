"""HTTP client for pushing certificate and order data to the ERP."""
import logging
from typing import Any

import httpx

from chainmaker.settings import ERP_SETTINGS

log = logging.getLogger("chainmaker.erp")


class ErpClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.timeout = timeout
        self._token: str | None = None

    def _fetch_token(self) -> str:
        resp = httpx.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _headers(self) -> dict[str, str]:
        if self._token is None:
            self._token = self._fetch_token()
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def push(self, resource: str, payload: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.base_url}/api/{resource}"
        headers = self._headers()
        log.debug("POST %s headers=%s items=%d", url, headers, len(payload.get("items", [])))
        resp = httpx.post(url, json=payload, headers=headers, timeout=self.timeout)
        if resp.status_code == 401:
            self._token = None
            resp = httpx.post(url, json=payload, headers=self._headers(), timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


def client_from_settings() -> ErpClient:
    return ErpClient(
        ERP_SETTINGS["base_url"],
        ERP_SETTINGS["client_id"],
        ERP_SETTINGS["client_secret"],
    )
