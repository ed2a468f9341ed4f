"""Synchronises production batches and stock movements with the ERP system."""
import logging
from dataclasses import dataclass

import requests

from ropewalker.config import settings

log = logging.getLogger("ropewalker.erp")


@dataclass
class ErpEndpoint:
    base_url: str
    client_id: str
    client_secret: str


class ErpSyncClient:
    def __init__(self, endpoint: ErpEndpoint | None = None, timeout: float = 20.0):
        self.endpoint = endpoint or ErpEndpoint(
            settings.ERP_BASE_URL, settings.ERP_CLIENT_ID, settings.ERP_CLIENT_SECRET
        )
        self.timeout = timeout
        self.session = requests.Session()
        self._token: str | None = None

    def _access_token(self) -> str:
        if self._token is None:
            response = self.session.post(
                f"{self.endpoint.base_url}/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self.endpoint.client_id, self.endpoint.client_secret),
                timeout=self.timeout,
            )
            response.raise_for_status()
            self._token = response.json()["access_token"]
        return self._token

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._access_token()}",
            "Accept": "application/json",
            "X-Plant": settings.PLANT_CODE,
        }

    def push_batch(self, batch: dict) -> str:
        headers = self._headers()
        url = f"{self.endpoint.base_url}/api/v3/production-orders/{batch['order_ref']}/batches"
        log.debug("POST %s headers=%s", url, headers)
        response = self.session.post(url, json=batch, headers=headers, timeout=self.timeout)
        response.raise_for_status()
        return response.json()["id"]

    def push_stock_movement(self, movement: dict) -> None:
        response = self.session.post(
            f"{self.endpoint.base_url}/api/v3/stock-movements",
            json=movement,
            headers=self._headers(),
            timeout=self.timeout,
        )
        response.raise_for_status()
