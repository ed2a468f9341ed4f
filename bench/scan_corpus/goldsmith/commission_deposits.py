"""Takes the deposit on a bespoke commission through the card acquirer."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("atelier.deposits")

ACQUIRER_URL = os.environ.get("ACQUIRER_URL", "https://api.cardacquirer.example/v2")
ACQUIRER_KEY = os.environ["ACQUIRER_API_KEY"]
DEPOSIT_SHARE = Decimal("0.30")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class DepositDeclined(Exception):
    pass


def deposit_amount(quote_pence: int) -> int:
    return int((Decimal(quote_pence) * DEPOSIT_SHARE).to_integral_value())


def _charge(card: CardDetails, amount_pence: int, reference: str) -> dict:
    response = requests.post(
        f"{ACQUIRER_URL}/charges",
        headers={"Authorization": f"Bearer {ACQUIRER_KEY}"},
        json={
            "amount": amount_pence,
            "currency": "GBP",
            "reference": reference,
            "card": {
                "number": card.number,
                "exp_month": card.expiry_month,
                "exp_year": card.expiry_year,
                "cvc": card.cvc,
                "name": card.holder,
            },
        },
        timeout=20,
    )
    return response.json()


def take_deposit(commission_ref: str, quote_pence: int, card: CardDetails) -> str:
    amount = deposit_amount(quote_pence)
    log.info(
        "charging deposit of %d pence for %s on card %s exp %02d/%d",
        amount, commission_ref, card.number, card.expiry_month, card.expiry_year,
    )
    result = _charge(card, amount, commission_ref)
    if result.get("status") != "succeeded":
        log.warning("deposit for %s declined: %s", commission_ref, result.get("decline_code"))
        raise DepositDeclined(result.get("decline_code", "unknown"))
    log.info("deposit for %s captured as %s", commission_ref, result["id"])
    return result["id"]
