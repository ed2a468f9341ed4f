"""Thin client for the card acquirer used by the web shop and course deposits."""
import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("shop.acquirer")

ACQUIRER_URL = "https://api.cardacquirer.example-payments.com/v2"


@dataclass
class ChargeResult:
    ok: bool
    charge_id: str | None
    decline_code: str | None = None


class AcquirerClient:
    def __init__(self, api_key: str | None = None, timeout: float = 20.0):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key or os.environ['ACQUIRER_API_KEY']}",
                "Content-Type": "application/json",
            }
        )

    def _post(self, path: str, body: dict) -> requests.Response:
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        resp = self.session.post(f"{ACQUIRER_URL}{path}", json=body, headers=headers, timeout=self.timeout)
        if resp.status_code >= 500:
            log.error(
                "acquirer %s returned %s; request headers were %s",
                path,
                resp.status_code,
                dict(self.session.headers),
            )
        return resp

    def charge(self, order_ref: str, amount: Decimal, card_token: str) -> ChargeResult:
        resp = self._post(
            "/charges",
            {
                "amount_minor": int(amount * 100),
                "currency": "GBP",
                "source": card_token,
                "reference": order_ref,
            },
        )
        data = resp.json()
        if resp.ok and data.get("status") == "succeeded":
            return ChargeResult(True, data["id"])
        log.info("charge for %s declined: %s", order_ref, data.get("decline_code"))
        return ChargeResult(False, data.get("id"), data.get("decline_code"))

    def refund(self, charge_id: str, amount: Decimal | None = None) -> bool:
        body = {"charge": charge_id}
        if amount is not None:
            body["amount_minor"] = int(amount * 100)
        return self._post("/refunds", body).ok
