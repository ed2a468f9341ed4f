"""Client that pushes confirmed orders to the accounts ERP.

Once a merchant order is confirmed and a dispatch slot booked, it is sent to
the accounts ERP so an invoice can be raised on the trade account. The ERP
issues an OAuth client-credentials token valid for an hour.
"""

import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class ErpClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or os.environ["ERP_BASE_URL"]).rstrip("/")
        self.client_id = os.environ["ERP_CLIENT_ID"]
        self.client_secret = os.environ["ERP_CLIENT_SECRET"]
        self._token: str | None = None
        self._token_expires = 0.0
        self.session = requests.Session()

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expires - 60:
            return self._token
        response = self.session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        response.raise_for_status()
        body = response.json()
        self._token = body["access_token"]
        self._token_expires = time.monotonic() + body.get("expires_in", 3600)
        return self._token

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._access_token()}",
            "Content-Type": "application/json",
            "X-Source-System": "limeworks-portal",
        }

    def push_order(self, order: dict) -> str:
        headers = self._headers()
        url = f"{self.base_url}/api/sales-orders"
        log.debug("POST %s headers=%s lines=%d", url, headers, len(order["lines"]))
        response = self.session.post(url, json=order, headers=headers, timeout=30)
        if response.status_code >= 400:
            log.error(
                "ERP rejected order %s: %s %s",
                order["order_number"],
                response.status_code,
                response.text[:500],
            )
            response.raise_for_status()
        erp_ref = response.json()["salesOrderId"]
        log.info("Order %s pushed to ERP as %s", order["order_number"], erp_ref)
        return erp_ref
