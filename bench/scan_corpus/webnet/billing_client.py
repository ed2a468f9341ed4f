"""Thin client for the billing provider's REST API."""
import logging
from typing import Any

import requests

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 15


class BillingError(RuntimeError):
    pass


class BillingClient:
    def __init__(self, base_url: str, api_key: str, timeout: int = DEFAULT_TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "User-Agent": "acme-billing-client/2.3",
        })

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s body=%s", url, dict(self.session.headers), payload)
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        if resp.status_code >= 400:
            raise BillingError(f"{resp.status_code} from billing API: {resp.text[:200]}")
        return resp.json()

    def create_customer(self, email: str, name: str) -> str:
        return self._post("/v1/customers", {"email": email, "name": name})["id"]

    def create_invoice(self, customer_id: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
        return self._post("/v1/invoices", {"customer": customer_id, "lines": lines})
