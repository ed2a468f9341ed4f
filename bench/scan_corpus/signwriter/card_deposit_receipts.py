"""Receipts for card deposits on sign quotes.

Once the gateway confirms a charge, the customer gets a receipt and the
office ledger gets an entry; only the brand and last four digits of the
card are kept.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

from signwriter.mail import send_template
from signwriter.ledger import post_deposit

log = logging.getLogger("signwriter.deposits")


@dataclass(frozen=True)
class ChargeResult:
    charge_id: str
    quote_reference: str
    amount_pence: int
    card_brand: str
    card_number: str
    customer_email: str

    @property
    def last4(self) -> str:
        return self.card_number[-4:]

    @property
    def amount(self) -> Decimal:
        return Decimal(self.amount_pence) / 100


def masked_card(result: ChargeResult) -> str:
    return f"{result.card_brand} ending {result.last4}"


def issue_receipt(result: ChargeResult) -> None:
    post_deposit(
        reference=result.quote_reference,
        amount_pence=result.amount_pence,
        gateway_charge=result.charge_id,
        card_summary=masked_card(result),
    )
    send_template(
        to=result.customer_email,
        template="deposit_receipt",
        context={"reference": result.quote_reference, "amount": f"£{result.amount:,.2f}", "card": masked_card(result)},
    )
    log.info(
        "deposit receipt sent for %s: %s paid by %s (charge %s)",
        result.quote_reference,
        result.amount,
        masked_card(result),
        result.charge_id,
    )
