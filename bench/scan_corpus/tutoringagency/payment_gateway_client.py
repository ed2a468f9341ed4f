"""Creates card payment sessions for tutoring invoices with the payment gateway."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("billing.gateway")


def _mask(secret: str) -> str:
    return f"{secret[:3]}...{secret[-4:]}" if len(secret) > 10 else "***"


@dataclass(frozen=True)
class GatewayConfig:
    api_base: str
    merchant_id: str
    secret_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            api_base=os.environ["PAYMENT_GATEWAY_URL"],
            merchant_id=os.environ["PAYMENT_MERCHANT_ID"],
            secret_key=os.environ["PAYMENT_SECRET_KEY"],
        )


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.auth = (config.secret_key, "")
        log.info(
            "payment gateway client ready for merchant %s (key %s)",
            config.merchant_id,
            _mask(config.secret_key),
        )

    def create_checkout(self, invoice_ref: str, amount: Decimal, parent_email: str,
                        return_url: str) -> str:
        resp = self._session.post(
            f"{self._config.api_base}/v1/checkout/sessions",
            data={
                "mode": "payment",
                "client_reference_id": invoice_ref,
                "customer_email": parent_email,
                "line_items[0][price_data][currency]": "gbp",
                "line_items[0][price_data][unit_amount]": int(amount * 100),
                "line_items[0][price_data][product_data][name]": f"Tutoring invoice {invoice_ref}",
                "line_items[0][quantity]": 1,
                "success_url": return_url,
                "cancel_url": return_url,
            },
            timeout=self._config.timeout,
        )
        if resp.status_code >= 400:
            log.error("checkout for invoice %s rejected: %s", invoice_ref, resp.status_code)
            resp.raise_for_status()
        session = resp.json()
        log.info("checkout session %s created for invoice %s", session["id"], invoice_ref)
        return session["url"]
