"""Client for the third-party digital gift card provider.

We resell partner brand e-gift cards at checkout; the provider issues the
card and returns the redemption code, which we email to the recipient.
"""
import logging
import os
import uuid
from decimal import Decimal

import requests

log = logging.getLogger(__name__)

PROVIDER_API_KEY = "gcx_live_7Hq2Lm9Vb4Rt6Wy1Zp3Kd8Fs5Nc0Xa2J"


class GiftCardProviderError(RuntimeError):
    pass


class GiftCardProviderClient:
    def __init__(self, base_url: str | None = None, api_key: str = PROVIDER_API_KEY, timeout: float = 10.0):
        self.base_url = (base_url or os.environ["GIFTCARD_PROVIDER_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        self.timeout = timeout

    def _post(self, path: str, body: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=body, timeout=self.timeout)
        if resp.status_code >= 400:
            raise GiftCardProviderError(f"{path} -> {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def issue(self, brand_code: str, amount: Decimal, currency: str, order_ref: str) -> dict:
        body = {
            "brand": brand_code,
            "amount": str(amount),
            "currency": currency,
            "externalReference": order_ref,
            "idempotencyKey": str(uuid.uuid4()),
        }
        card = self._post("/v3/cards", body)
        log.info("issued %s card %s for order %s", brand_code, card["cardId"], order_ref)
        return card

    def cancel(self, card_id: str, reason: str = "order_cancelled") -> None:
        self._post(f"/v3/cards/{card_id}/cancel", {"reason": reason})
