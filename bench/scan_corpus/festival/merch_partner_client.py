"""Client for the merchandise fulfilment partner's order API."""
from __future__ import annotations

import os
from typing import Any

import requests

API_KEY_HEADER = "X-Partner-Key"
API_KEY_ENV = "MERCH_PARTNER_API_KEY"
BASE_URL_ENV = "MERCH_PARTNER_BASE_URL"
DEFAULT_TIMEOUT = 15


class MissingCredentials(RuntimeError):
    pass


class MerchPartnerClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, **session_opts: Any):
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV, "")).rstrip("/")
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not self.base_url or not api_key:
            raise MissingCredentials(f"set {BASE_URL_ENV} and {API_KEY_ENV}")
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = api_key
        self._timeout = session_opts.get("timeout", DEFAULT_TIMEOUT)

    def create_order(self, order_ref: str, lines: list[dict], ship_to: dict) -> dict:
        resp = self._session.post(
            f"{self.base_url}/orders",
            json={"reference": order_ref, "lines": lines, "shipping": ship_to},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def order_status(self, order_ref: str) -> str:
        resp = self._session.get(f"{self.base_url}/orders/{order_ref}", timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()["status"]
