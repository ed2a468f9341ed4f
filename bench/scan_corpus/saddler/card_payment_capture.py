"""Takes card deposits for bespoke saddle orders over the phone.

Office staff key the owner's card into the back-office screen when a
bespoke saddle is ordered by telephone; the deposit is charged through
the card processor's REST API.
"""
import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("saddler.payments")

PROCESSOR_URL = "https://api.cardprocessor.example/v2/charges"


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


@dataclass
class DepositRequest:
    order_ref: str
    amount: Decimal
    currency: str
    card: CardDetails


def _charge_body(req: DepositRequest) -> dict:
    body = asdict(req)
    body["amount"] = int(req.amount * 100)
    body["description"] = f"Bespoke saddle deposit {req.order_ref}"
    return body


class DepositTaker:
    def __init__(self, client: httpx.Client | None = None):
        self.client = client or httpx.Client(timeout=20)
        self.api_key = os.environ["CARD_PROCESSOR_API_KEY"]

    def charge(self, req: DepositRequest) -> str:
        body = _charge_body(req)
        log.debug("Submitting deposit charge: %s", body)
        resp = self.client.post(
            PROCESSOR_URL,
            json=body,
            headers={"Authorization": f"Bearer {self.api_key}", "Idempotency-Key": req.order_ref},
        )
        if resp.status_code >= 400:
            log.warning("Deposit for %s declined with status %s", req.order_ref, resp.status_code)
            resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("Deposit for %s captured as %s", req.order_ref, charge_id)
        return charge_id
