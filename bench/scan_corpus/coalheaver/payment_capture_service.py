"""Capture of card payments taken by drivers on the doorstep terminal.

The terminal sends the card details it read; the service forwards them to the
acquirer and records the outcome against the order.
"""
import logging
from dataclasses import dataclass

from coalheaver.payments.gateway import default_client
from coalheaver.payments.ledger import mark_order_paid

logger = logging.getLogger("coalheaver.payments.capture")


@dataclass
class DoorstepPayment:
    order_ref: str
    payment_id: str
    card_number: str
    card_scheme: str
    amount_pence: int


def masked_pan(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return f"{'*' * max(len(digits) - 4, 0)}{digits[-4:]}"


class DoorstepCaptureService:
    def __init__(self, client=None):
        self.client = client or default_client()

    def capture(self, payment: DoorstepPayment) -> bool:
        logger.info(
            "capturing %s %s card %s for order %s amount=%d",
            payment.payment_id,
            payment.card_scheme,
            masked_pan(payment.card_number),
            payment.order_ref,
            payment.amount_pence,
        )
        result = self.client.capture(payment.payment_id, payment.amount_pence, payment.order_ref)
        if result.get("status") != "CAPTURED":
            logger.warning("capture declined for order %s: %s", payment.order_ref, result.get("decline_code"))
            return False
        mark_order_paid(order_reference=payment.order_ref, amount_pence=payment.amount_pence)
        logger.info("order %s paid by card ending %s", payment.order_ref, payment.card_number[-4:])
        return True
