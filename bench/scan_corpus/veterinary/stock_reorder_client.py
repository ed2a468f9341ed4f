"""Automatic reorder job: checks pharmacy stock and raises purchase orders with the wholesaler."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)


@dataclass
class WholesalerSettings:
    base_url: str = field(default_factory=lambda: os.environ["WHOLESALER_API_URL"])
    account_id: str = field(default_factory=lambda: os.environ["WHOLESALER_ACCOUNT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["WHOLESALER_CLIENT_SECRET"], repr=False)
    timeout: float = 15.0


class WholesalerSession:
    def __init__(self, settings: WholesalerSettings | None = None):
        self.settings = settings or WholesalerSettings()
        self._http = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _refresh_token(self) -> None:
        resp = self._http.post(
            f"{self.settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "client_id": self.settings.account_id,
                  "client_secret": self.settings.client_secret},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        expires_in = int(body.get("expires_in", 3600))
        self._token_expiry = time.time() + expires_in - 30
        log.info("Obtained wholesaler access token for account %s (expires in %ss)",
                 self.settings.account_id, expires_in)

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        if self._token is None or time.time() >= self._token_expiry:
            self._refresh_token()
        headers = {"Authorization": f"Bearer {self._token}", **kwargs.pop("headers", {})}
        resp = self._http.request(method, f"{self.settings.base_url}{path}", headers=headers,
                                  timeout=self.settings.timeout, **kwargs)
        resp.raise_for_status()
        return resp


class ReorderJob:
    def __init__(self, stock_repo, session: WholesalerSession | None = None):
        self._stock = stock_repo
        self._session = session or WholesalerSession()

    def run(self) -> str | None:
        lines = [{"sku": i.sku, "qty": i.reorder_qty} for i in self._stock.below_reorder_level()]
        if not lines:
            log.info("Stock above reorder levels; nothing to order")
            return None
        order_id = self._session.request("POST", "/v1/orders", json={"lines": lines}).json()["order_id"]
        log.info("Raised purchase order %s for %d SKUs", order_id, len(lines))
        return order_id
