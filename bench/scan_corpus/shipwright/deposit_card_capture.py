"""Take card deposits for winter storage over the phone.

The office enters the owner's card details into the terminal screen, which
forwards them to the payment gateway and records the authorisation.
"""
import logging
from dataclasses import dataclass

from shipwright.config import settings
from shipwright.payments import GatewayDeclined, gateway_client

log = logging.getLogger(__name__)


@dataclass
class CardDetails:
    holder: str
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str


@dataclass
class StorageDeposit:
    owner_account: str
    vessel_name: str
    amount_pence: int


def authorise_deposit(deposit: StorageDeposit, card: CardDetails) -> str | None:
    client = gateway_client(settings.payment_gateway)
    try:
        auth = client.authorise(
            amount=deposit.amount_pence,
            currency="GBP",
            card_number=card.number,
            expiry=f"{card.expiry_month:02d}/{card.expiry_year % 100:02d}",
            cvc=card.cvc,
            reference=f"{deposit.owner_account}-winter",
        )
    except GatewayDeclined as exc:
        log.warning(
            "Deposit declined for %s (%s) card=%s reason=%s",
            deposit.owner_account,
            deposit.vessel_name,
            card.number,
            exc.reason,
        )
        return None
    log.info(
        "Deposit %s authorised for %s, %d pence",
        auth.id,
        deposit.owner_account,
        deposit.amount_pence,
    )
    return auth.id
