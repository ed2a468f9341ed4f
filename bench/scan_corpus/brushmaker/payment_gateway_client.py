"""Card payment client for prepaid orders from small contractors.

Contractors without a credit account pay by card at checkout; this client
talks to the acquirer's REST API using a per-merchant bearer token.
"""
import logging
from decimal import Decimal

import requests

from brushworks.settings import ACQUIRER

log = logging.getLogger("brushworks.payments")


class AcquirerError(Exception):
    pass


class PaymentGatewayClient:
    def __init__(self, base_url: str = ACQUIRER["base_url"], token: str = ACQUIRER["token"]):
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
        })

    def _post(self, path: str, body: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = dict(self._session.headers)
        log.debug("acquirer request POST %s headers=%s", url, headers)
        resp = self._session.post(url, json=body, timeout=15)
        if resp.status_code >= 400:
            raise AcquirerError(f"{resp.status_code}: {resp.json().get('error', 'unknown')}")
        return resp.json()

    def authorise(self, order_no: str, amount: Decimal, currency: str, card_token: str) -> str:
        data = self._post("/v2/authorisations", {
            "reference": order_no,
            "amount": {"value": int(amount * 100), "currency": currency},
            "payment_method": {"type": "token", "token": card_token},
        })
        return data["authorisation_id"]

    def capture(self, authorisation_id: str, amount: Decimal, currency: str) -> str:
        data = self._post(f"/v2/authorisations/{authorisation_id}/captures", {
            "amount": {"value": int(amount * 100), "currency": currency},
        })
        log.info("captured %s %s on %s", amount, currency, authorisation_id)
        return data["capture_id"]
