"""HTTP client for the card payment gateway used for web shop orders and resole deposits."""

import logging
from decimal import Decimal

import requests

from clogmaker.config import settings

log = logging.getLogger("clogmaker.payments")


class GatewayError(Exception):
    pass


class PaymentGatewayClient:
    def __init__(self, api_key: str = settings.PAYMENT_API_KEY, base_url: str = settings.PAYMENT_API_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key}",
                "Content-Type": "application/json",
                "User-Agent": "clogmaker-shop/3.2",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        prepared = self.session.prepare_request(requests.Request("POST", url, json=payload))
        log.debug("POST %s headers=%s", url, dict(prepared.headers))
        response = self.session.send(prepared, timeout=20)
        if response.status_code >= 400:
            raise GatewayError(f"{path} failed with {response.status_code}")
        return response.json()

    def create_payment(self, order_reference: str, amount: Decimal, currency: str = "EUR") -> dict:
        return self._post(
            "/v1/payments",
            {
                "amount": {"value": f"{amount:.2f}", "currency": currency},
                "reference": order_reference,
                "redirect_url": f"{settings.SHOP_BASE_URL}/checkout/return/{order_reference}",
            },
        )

    def refund(self, payment_id: str, amount: Decimal) -> dict:
        return self._post(f"/v1/payments/{payment_id}/refunds", {"amount": f"{amount:.2f}"})
