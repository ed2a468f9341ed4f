import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str

    @property
    def last4(self) -> str:
        return self.number[-4:]


def declined(invoice_no: str, card: CardDetails, reason: str) -> None:
    # ruleid: secret-in-log
    log.warning("card declined for invoice %s (card %s): %s", invoice_no, card.number, reason)


def declined_on_order(order, reason: str) -> None:
    # ruleid: secret-in-log
    log.warning("declined: %s cvc %s", order.ref, order.payment_card.cvc)


class Terminal:
    def __init__(self, card: CardDetails) -> None:
        self.card = card

    def report(self) -> None:
        # ruleid: secret-in-log
        log.info("charging card %s", self.card.number)
        # ok: secret-in-log
        log.info("charging card ending %s", self.card.last4)


def charged(order_ref: str, card: CardDetails) -> None:
    # ok: secret-in-log
    log.info("order %s charged on card ending %s", order_ref, card.number[-4:])
    # ok: secret-in-log
    log.info("order %s card holder %s", order_ref, card.holder)


def printed(page: int, line: int, number: str) -> None:
    # ok: secret-in-log
    log.info("page %s line %s number %s", page, line, number)
