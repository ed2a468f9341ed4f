"""Take card payments on the show stand (county shows, Badminton, HOYS).

The stand laptop talks to a card reader over USB; card data only leaves
the reader as the processor's token, and the receipt printer gets the
masked number.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

log = logging.getLogger("lorimer.stand.payments")


@dataclass
class CardResult:
    approved: bool
    pan: str
    auth_code: str
    processor_token: str
    scheme: str


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


class StandTill:
    def __init__(self, reader, printer, ledger):
        self.reader = reader
        self.printer = printer
        self.ledger = ledger

    def take_payment(self, basket: list[tuple[str, int, Decimal]], show: str) -> CardResult:
        total = sum(qty * price for _, qty, price in basket)
        result: CardResult = self.reader.charge(amount=total, currency="GBP")
        masked = mask_pan(result.pan)
        log.info(
            "stand sale at %s: %s %s card %s, %d lines, total %.2f, auth %s",
            show,
            "approved" if result.approved else "declined",
            result.scheme,
            masked,
            len(basket),
            total,
            result.auth_code,
        )
        if result.approved:
            self.ledger.record_sale(show=show, lines=basket, total=total, token=result.processor_token)
            self.printer.receipt(lines=basket, total=total, card=masked, scheme=result.scheme)
        return result
