"""Deposits taken by card over the phone for large custom nets.

A new trawl or seine is only cut once a deposit is paid. The office takes the
card details over the phone and charges the deposit through the terminal API.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

from netmaker.payments.terminal import TerminalAPI, TerminalDeclined
from netmaker.settings import DEPOSIT_RATE

logger = logging.getLogger(__name__)


@dataclass
class CardDetails:
    holder: str
    number: str
    expiry: str
    cvc: str


class DepositService:
    def __init__(self, terminal: TerminalAPI, rate: Decimal = DEPOSIT_RATE):
        self.terminal = terminal
        self.rate = rate

    def deposit_for(self, quote_total: Decimal) -> Decimal:
        return (quote_total * self.rate).quantize(Decimal("0.01"))

    def charge(self, order_id: int, quote_total: Decimal, card: CardDetails) -> str:
        amount = self.deposit_for(quote_total)
        summary = f"order {order_id}: deposit {amount} on card {card.number} exp {card.expiry} ({card.holder})"
        logger.info("charging %s", summary)
        try:
            result = self.terminal.sale(
                amount=amount,
                pan=card.number,
                expiry=card.expiry,
                cvc=card.cvc,
                reference=f"DEP-{order_id}",
            )
        except TerminalDeclined as exc:
            logger.warning("deposit declined for order %s: %s", order_id, exc.reason)
            raise
        logger.info("deposit for order %s approved, transaction %s", order_id, result.transaction_id)
        return result.transaction_id
