"""Client for the straw supplier's ordering API (parasisal, sinamay, panama capelines)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("hatmaker.suppliers.straw")


@dataclass(frozen=True)
class StrawSupplierConfig:
    base_url: str
    api_key: str
    account_number: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "StrawSupplierConfig":
        return cls(
            base_url=os.environ["STRAW_SUPPLIER_URL"].rstrip("/"),
            api_key=os.environ["STRAW_SUPPLIER_API_KEY"],
            account_number=os.environ["STRAW_SUPPLIER_ACCOUNT"],
        )


class StrawSupplierClient:
    def __init__(self, config: StrawSupplierConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {config.api_key}",
                "Accept": "application/json",
                "X-Account": config.account_number,
            }
        )
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        log.debug("Straw supplier session ready: %s %s", config.base_url, dict(self._session.headers))

    def _url(self, path: str) -> str:
        return f"{self._config.base_url}/{path.lstrip('/')}"

    def catalogue(self, material: str | None = None) -> list[dict[str, Any]]:
        params = {"material": material} if material else None
        resp = self._session.get(self._url("/v2/catalogue"), params=params, timeout=self._config.timeout)
        resp.raise_for_status()
        return resp.json()["items"]

    def place_order(self, po_reference: str, lines: list[dict[str, Any]]) -> str:
        body = {"customer_reference": po_reference, "lines": lines}
        resp = self._session.post(self._url("/v2/orders"), json=body, timeout=self._config.timeout)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("Placed straw order %s for %s (%d lines)", order_id, po_reference, len(lines))
        return order_id

    def order_status(self, order_id: str) -> dict[str, Any]:
        resp = self._session.get(self._url(f"/v2/orders/{order_id}"), timeout=self._config.timeout)
        resp.raise_for_status()
        return resp.json()
