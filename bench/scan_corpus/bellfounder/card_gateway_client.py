"""Thin client for the card gateway used to take bell-commission deposits and tour fees."""

import logging
from decimal import Decimal

import requests

from bellfounder.settings import settings

log = logging.getLogger("bellfounder.payments")


class GatewayError(RuntimeError):
    pass


class CardGatewayClient:
    def __init__(self, base_url: str = settings.GATEWAY_URL, api_key: str = settings.GATEWAY_API_KEY):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )

    def _post(self, path: str, body: dict) -> dict:
        url = f"{self.base_url}{path}"
        context = {"url": url, "headers": dict(self.session.headers), "reference": body.get("reference")}
        try:
            resp = self.session.post(url, json=body, timeout=15)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.error("Gateway request failed: %s context=%s", exc, context)
            raise GatewayError(str(exc)) from exc
        return resp.json()

    def charge(self, token: str, amount: Decimal, reference: str) -> str:
        body = {
            "source": token,
            "amount": int(amount * 100),
            "currency": "GBP",
            "reference": reference,
        }
        return self._post("/v2/charges", body)["id"]

    def refund(self, charge_id: str, amount: Decimal | None = None) -> str:
        body = {"charge": charge_id, "reference": f"refund-{charge_id}"}
        if amount is not None:
            body["amount"] = int(amount * 100)
        return self._post("/v2/refunds", body)["id"]
