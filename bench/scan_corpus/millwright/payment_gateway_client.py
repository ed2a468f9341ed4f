"""Card payments taken by the office over the phone for call-out repairs
(e.g. an emergency brake repair on a post mill in a gale)."""
import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("millwright.payments")

GATEWAY_URL = "https://api.cardstream-payments.com/v1/charges"


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str

    @property
    def masked(self) -> str:
        digits = self.number.replace(" ", "")
        return f"{'*' * (len(digits) - 4)}{digits[-4:]}"


@dataclass
class ChargeResult:
    charge_id: str
    status: str


def charge_callout(card: CardDetails, amount: Decimal, job_ref: str) -> ChargeResult:
    idempotency_key = str(uuid.uuid4())
    log.info("charging %s GBP to card %s for job %s", amount, card.masked, job_ref)
    payload = {
        "amount": int(amount * 100),
        "currency": "gbp",
        "description": f"Call-out {job_ref}",
        "card": {
            "number": card.number.replace(" ", ""),
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    resp = httpx.post(
        GATEWAY_URL,
        json=payload,
        headers={
            "Authorization": f"Bearer {os.environ['CARDSTREAM_SECRET_KEY']}",
            "Idempotency-Key": idempotency_key,
        },
        timeout=30.0,
    )
    if resp.status_code != 200:
        log.error("charge for job %s declined: %s", job_ref, resp.json().get("error", {}).get("code"))
        return ChargeResult(charge_id="", status="declined")
    body = resp.json()
    log.info("job %s charged, charge id %s", job_ref, body["id"])
    return ChargeResult(charge_id=body["id"], status=body["status"])
