"""Payment client for the online shop (CDs, merchandise, programme books)."""
import logging
import uuid
from decimal import Decimal

import requests

log = logging.getLogger("shop.payments")


def _mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible * 2:
        return "*" * len(value)
    return f"{'*' * (len(value) - visible)}{value[-visible:]}"


class ShopPaymentClient:
    def __init__(self, base_url: str, merchant_id: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.merchant_id = merchant_id
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"
        log.info("payment client for merchant %s using key %s", merchant_id, _mask(api_key))

    def authorise(self, basket_id: str, amount: Decimal, card_token: str) -> dict:
        resp = self.session.post(
            f"{self.base_url}/v1/authorisations",
            json={
                "merchant": self.merchant_id,
                "reference": basket_id,
                "amount_minor": int(amount * 100),
                "source": card_token,
            },
            headers={"Idempotency-Key": uuid.uuid4().hex},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        log.info(
            "basket %s authorised %s (auth %s, card ending %s)",
            basket_id, amount, body["id"], body["card"]["last4"],
        )
        return body
