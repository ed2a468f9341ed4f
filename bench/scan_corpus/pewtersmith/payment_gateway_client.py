"""Card payments for the online store via the acquirer's REST API.

Checkout tokenises the card in the browser; the store back end only sees
the token and asks the acquirer to authorise, capture or refund.
"""
import logging
import os
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("pewter.payments")


@dataclass
class GatewayConfig:
    base_url: str = "https://api.paylinx.co.uk/v2"
    api_key: str = field(default_factory=lambda: os.environ["PAYLINX_API_KEY"], repr=False)
    timeout: float = 15.0


class PaymentGateway:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.config.api_key}",
                "Content-Type": "application/json",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url}{path}"
        started = time.monotonic()
        resp = self.session.post(url, json=payload, timeout=self.config.timeout)
        elapsed = time.monotonic() - started
        if resp.status_code >= 400:
            log.error(
                "gateway call failed: POST %s -> %s in %.2fs (headers=%s)",
                url, resp.status_code, elapsed, dict(self.session.headers),
            )
            resp.raise_for_status()
        log.info("gateway %s -> %s in %.2fs", path, resp.status_code, elapsed)
        return resp.json()

    def authorise(self, order_number: str, amount_pence: int, card_token: str) -> dict:
        return self._post(
            "/payments",
            {
                "reference": order_number,
                "amount": amount_pence,
                "currency": "GBP",
                "source": {"type": "token", "token": card_token},
                "capture": False,
            },
        )

    def capture(self, payment_id: str, amount_pence: int) -> dict:
        return self._post(f"/payments/{payment_id}/captures", {"amount": amount_pence})

    def refund(self, payment_id: str, amount_pence: int, reason: str) -> dict:
        body = {"amount": amount_pence, "reason": reason[:200]}
        return self._post(f"/payments/{payment_id}/refunds", body)
