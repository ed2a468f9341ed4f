"""Audit trail for deposits taken on headstone orders in the showroom."""

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from stonecarver.payments.terminal import CardTerminal
from stonecarver.settings import settings

audit = logging.getLogger("stonecarver.audit.deposits")


@dataclass
class DepositResult:
    order_number: str
    amount_cents: int
    approval_code: str
    card_brand: str
    pan: str

    @property
    def masked_pan(self) -> str:
        return f"{'*' * 12}{self.pan[-4:]}"


def take_deposit(order, amount_cents: int, terminal: CardTerminal | None = None) -> DepositResult:
    terminal = terminal or CardTerminal(settings.SHOWROOM_TERMINAL_ID)
    reply = terminal.sale(amount_cents, reference=order.number)
    result = DepositResult(
        order_number=order.number,
        amount_cents=amount_cents,
        approval_code=reply.approval_code,
        card_brand=reply.brand,
        pan=reply.pan,
    )
    audit.info(
        "deposit order=%s amount=%d brand=%s card=%s approval=%s at=%s",
        result.order_number,
        result.amount_cents,
        result.card_brand,
        result.masked_pan,
        result.approval_code,
        datetime.now(timezone.utc).isoformat(),
    )
    return result
