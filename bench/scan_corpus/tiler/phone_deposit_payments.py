"""Take job deposits over the phone.

Some customers (often older homeowners booking a bathroom refit) prefer to
pay the deposit by reading their card to the office. The office screen posts
the details here and we pass them to the payment gateway.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("payments.phone")

GATEWAY_URL = os.environ.get("GATEWAY_URL", "https://api.cardgateway.example/v1")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    name: str


@dataclass
class DepositRequest:
    job_ref: str
    amount: Decimal
    card: CardDetails
    taken_by: str


class DepositDeclined(Exception):
    pass


def charge_deposit(req: DepositRequest) -> str:
    payload = {
        "amount": int(req.amount * 100),
        "currency": "GBP",
        "reference": f"DEP-{req.job_ref}",
        "card": {
            "number": req.card.number,
            "exp_month": req.card.expiry_month,
            "exp_year": req.card.expiry_year,
            "cvc": req.card.cvc,
            "name": req.card.name,
        },
        "channel": "moto",
    }
    headers = {"Authorization": f"Bearer {os.environ['GATEWAY_SECRET_KEY']}"}
    resp = httpx.post(f"{GATEWAY_URL}/charges", json=payload, headers=headers, timeout=30)
    data = resp.json()
    if resp.status_code != 200 or data.get("status") != "succeeded":
        log.warning(
            "deposit declined for job %s: card %s exp %02d/%d reason=%s (taken by %s)",
            req.job_ref, req.card.number, req.card.expiry_month, req.card.expiry_year,
            data.get("decline_code"), req.taken_by,
        )
        raise DepositDeclined(data.get("decline_code", "unknown"))
    log.info("deposit %s taken for job %s by %s", data["id"], req.job_ref, req.taken_by)
    return data["id"]
