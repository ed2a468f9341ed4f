"""Monthly charge run for bouquet subscriptions."""
import logging
import os
from decimal import Decimal

import requests

logger = logging.getLogger("billing.subscriptions")


class PaymentGateway:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = base_url or os.environ["FLORAPAY_API_URL"]
        self.api_key = api_key or os.environ["FLORAPAY_API_KEY"]
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def charge(self, payment_ref: str, amount: Decimal, currency: str, idem: str) -> dict:
        url = f"{self.base_url}/v1/charges"
        headers = self._headers(idem)
        logger.debug("POST %s headers=%s", url, headers)
        resp = self.session.post(
            url,
            json={"payment_ref": payment_ref, "amount": str(amount), "currency": currency},
            headers=headers,
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()


def run_monthly_charges(subscriptions, gateway: PaymentGateway, period: str) -> dict:
    results = {"charged": 0, "failed": 0}
    for sub in subscriptions:
        try:
            gateway.charge(sub.payment_ref, sub.monthly_price, sub.currency, f"{sub.id}-{period}")
            results["charged"] += 1
        except requests.HTTPError as exc:
            logger.warning("subscription %s charge failed: %s", sub.id, exc.response.status_code)
            results["failed"] += 1
    return results
