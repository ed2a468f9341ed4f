"""REST client for the warehouse management system's stock and pick APIs.

The WMS sits behind the logistics provider's private PKI, so the session
trusts their CA bundle (mounted from the config secret) instead of the public
store.
"""
import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

SESSION_SETTINGS = {
    "ca_bundle": os.environ.get("WMS_CA_BUNDLE", "/etc/ssl/wms/ca-chain.pem"),
    "timeout": (5, 30),
    "retries": Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504)),
}


class WarehouseClient:
    def __init__(self, base_url: str, api_token: str | None = None, settings: dict = SESSION_SETTINGS):
        self.base_url = base_url.rstrip("/")
        self.timeout = settings["timeout"]
        self.session = requests.Session()
        self.session.verify = settings["ca_bundle"]
        self.session.mount("https://", HTTPAdapter(max_retries=settings["retries"]))
        self.session.headers["Authorization"] = f"Token {api_token or os.environ['WMS_API_TOKEN']}"

    def _get(self, path: str, **params: Any) -> Any:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def stock_for_sku(self, sku: str) -> dict[str, int]:
        data = self._get("/api/stock", sku=sku)
        return {row["bin"]: row["qty"] for row in data["bins"]}

    def release_wave(self, wave_id: str, order_ids: list[str]) -> str:
        resp = self.session.post(
            f"{self.base_url}/api/waves/{wave_id}/release",
            json={"orders": order_ids},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["status"]
