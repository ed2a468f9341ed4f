"""Thin client for the card processor's payment-link API."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    api_key: str
    merchant_id: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYGATE_URL"],
            api_key=os.environ["PAYGATE_API_KEY"],
            merchant_id=os.environ["PAYGATE_MERCHANT_ID"],
        )


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig):
        self.config = config
        self._http = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            headers={"Authorization": f"Bearer {config.api_key}"},
        )

    def create_payment_link(self, invoice_no: str, amount: Decimal, email: str) -> str:
        cfg = self.config
        log.debug("payment link request %s merchant=%s key=%s", invoice_no, cfg.merchant_id, cfg.api_key)
        resp = self._http.post(
            "/payment_links",
            json={
                "merchant_id": self.config.merchant_id,
                "reference": invoice_no,
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": "EUR",
                "customer_email": email,
                "description": f"Piano service invoice {invoice_no}",
            },
        )
        resp.raise_for_status()
        url = resp.json()["url"]
        log.info("payment link created for invoice %s", invoice_no)
        return url

    def refund(self, payment_id: str, amount: Decimal) -> None:
        resp = self._http.post(
            f"/payments/{payment_id}/refunds", json={"amount": str(amount)}
        )
        resp.raise_for_status()
        log.info("refund of %s issued for payment %s", amount, payment_id)

    def close(self) -> None:
        self._http.close()
