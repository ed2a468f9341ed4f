"""Refunds of shoot-day deposits when a day is cancelled.

Weather, disease restrictions or a poor stock year can cancel a let day;
each gun's deposit is refunded to the original card and a notice is emailed.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

from gamekeeper.config import settings
from gamekeeper.mailer import send_template
from gamekeeper.payments import ProcessorClient

log = logging.getLogger(__name__)


@dataclass
class DepositRecord:
    booking_ref: str
    gun_email: str
    charge_id: str
    amount: Decimal
    card_number: str
    card_brand: str


def masked(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return f"**** **** **** {digits[-4:]}"


def refund_deposits(deposits: list[DepositRecord], reason: str) -> list[str]:
    client = ProcessorClient(settings.CARD_PROCESSOR_URL, settings.CARD_PROCESSOR_KEY)
    refunded = []
    for deposit in deposits:
        refund_id = client.refund(deposit.charge_id, amount=deposit.amount, reason=reason)
        log.info(
            "refunded %s to %s card %s for booking %s (refund %s)",
            deposit.amount, deposit.card_brand, masked(deposit.card_number),
            deposit.booking_ref, refund_id,
        )
        send_template(
            deposit.gun_email,
            "deposit_refunded",
            {
                "booking_ref": deposit.booking_ref,
                "amount": f"£{deposit.amount:.2f}",
                "card": masked(deposit.card_number),
                "reason": reason,
            },
        )
        refunded.append(refund_id)
    return refunded
