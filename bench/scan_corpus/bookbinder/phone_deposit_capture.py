"""Card deposits taken over the phone by the front desk.

Older collectors often prefer to pay a restoration deposit by reading their
card details over the phone. The front desk keys them into this form, which
passes them to the card processor's MOTO endpoint.
"""
import logging
import os
from dataclasses import asdict, dataclass

import httpx

logger = logging.getLogger("bindery.payments")

PROCESSOR_URL = "https://api.example-processor.com/v1/moto/charges"


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    cardholder: str


@dataclass
class DepositRequest:
    job_ref: str
    amount_pence: int
    card: CardDetails


def _processor_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['PROCESSOR_SECRET_KEY']}"}


def build_charge(deposit: DepositRequest) -> dict:
    return {
        "amount": deposit.amount_pence,
        "currency": "gbp",
        "description": f"Restoration deposit {deposit.job_ref}",
        "card": asdict(deposit.card),
        "metadata": {"job_ref": deposit.job_ref},
    }


def take_deposit(deposit: DepositRequest) -> str:
    charge = build_charge(deposit)
    logger.info("submitting phone deposit for %s: %s", deposit.job_ref, charge)
    resp = httpx.post(PROCESSOR_URL, json=charge, headers=_processor_headers(), timeout=30)
    if resp.status_code == 402:
        logger.warning("deposit for %s declined: %s", deposit.job_ref, resp.json().get("code"))
        raise ValueError("card declined")
    resp.raise_for_status()
    charge_id = resp.json()["id"]
    logger.info("deposit for %s captured as %s", deposit.job_ref, charge_id)
    return charge_id
