"""Card donations taken at volunteer events.

At open days and work parties supporters can donate by card at the
welcome tent. The card reader app posts the details here and we pass
them to the payment processor and keep a record for Gift Aid claims.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal

from peatcutter.payments import ChargeResult, ProcessorClient

log = logging.getLogger("peatcutter.donations")


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return "*" * (len(digits) - 4) + digits[-4:]


@dataclass
class CardDonation:
    event_id: int
    amount: Decimal
    currency: str
    pan: str
    expiry: str
    donor_email: str | None = None
    gift_aid: bool = False


def record_donation(donation: CardDonation, processor: ProcessorClient) -> ChargeResult:
    result = processor.charge(
        amount=donation.amount,
        currency=donation.currency,
        pan=donation.pan,
        expiry=donation.expiry,
        description=f"Donation at event {donation.event_id}",
    )
    log.info(
        "Donation event=%s amount=%s %s card=%s status=%s ref=%s gift_aid=%s",
        donation.event_id,
        donation.amount,
        donation.currency,
        mask_pan(donation.pan),
        result.status,
        result.reference,
        donation.gift_aid,
    )
    return result
