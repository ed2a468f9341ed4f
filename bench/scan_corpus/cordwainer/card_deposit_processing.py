"""Card deposits keyed in at the shop counter on the terminal's virtual keypad."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from .gateway import PaymentGateway

log = logging.getLogger("cordwainer.counter.deposits")


@dataclass
class CardEntry:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str

    @property
    def last4(self) -> str:
        return self.number[-4:]


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return len(digits) >= 12 and checksum % 10 == 0


def take_deposit(gateway: PaymentGateway, order_ref: str, card: CardEntry,
                 total: Decimal, rate: Decimal = Decimal("0.5")) -> str:
    deposit = (total * rate).quantize(Decimal("0.01"))
    if not luhn_ok(card.number):
        log.info("card rejected by checksum for order %s (ending %s)", order_ref, card.last4)
        raise ValueError("card number is not valid")
    log.info("taking deposit %s for order %s on card ending %s", deposit, order_ref, card.last4)
    charge = gateway.charge_card(
        amount_pence=int(deposit * 100),
        number=card.number,
        exp_month=card.exp_month,
        exp_year=card.exp_year,
        cvc=card.cvc,
        description=f"Deposit {order_ref}",
    )
    log.info("deposit %s for order %s authorised as %s", deposit, order_ref, charge["id"])
    return charge["id"]
