"""Card donations to a tower's bell restoration fund, taken at the foundry visitor centre."""

import logging
from dataclasses import dataclass
from decimal import Decimal

from bellfounder.payments import CardGatewayClient, GatewayError
from bellfounder.society.models import FundDonation

log = logging.getLogger("bellfounder.donations")


@dataclass
class CardEntry:
    number: str
    expiry: str
    cvc: str
    holder: str


def masked(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"****{digits[-4:]}" if len(digits) >= 4 else "****"


def take_donation(fund_id: int, card: CardEntry, amount: Decimal, gift_aid: bool) -> FundDonation | None:
    gateway = CardGatewayClient()
    card_label = masked(card.number)
    try:
        token = gateway.tokenise(card.number, card.expiry, card.cvc, card.holder)
        charge_id = gateway.charge(token, amount, reference=f"fund-{fund_id}")
    except GatewayError as exc:
        log.warning("Donation to fund %s declined for card %s: %s", fund_id, card_label, exc)
        return None
    donation = FundDonation.objects.create(
        fund_id=fund_id,
        amount=amount,
        gift_aid=gift_aid,
        card_last4=card_label[-4:],
        charge_id=charge_id,
        donor_name=card.holder,
    )
    log.info("Donation %s of %s to fund %s taken on %s", donation.pk, amount, fund_id, card_label)
    return donation
