"""Refund storage deposits when a booking is cancelled in time.

Refunds go back to the original card through the payment gateway; the office
sees the outcome in the daily refunds log.
"""
import logging
from dataclasses import dataclass
from datetime import date, timedelta

from shipwright.config import settings
from shipwright.payments import GatewayError, gateway_client

logger = logging.getLogger("shipwright.refunds")

FREE_CANCELLATION = timedelta(days=14)


@dataclass
class PaidDeposit:
    booking_reference: str
    charge_id: str
    amount_pence: int
    card_brand: str
    card_number: str
    haul_out: date


def masked(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return f"**** {digits[-4:]}"


def refund_if_eligible(deposit: PaidDeposit, cancelled_on: date) -> bool:
    if deposit.haul_out - cancelled_on < FREE_CANCELLATION:
        logger.info("Booking %s cancelled too late for refund", deposit.booking_reference)
        return False
    client = gateway_client(settings.payment_gateway)
    try:
        client.refund(charge_id=deposit.charge_id, amount=deposit.amount_pence)
    except GatewayError as exc:
        logger.error(
            "Refund failed for %s to %s %s: %s",
            deposit.booking_reference,
            deposit.card_brand,
            masked(deposit.card_number),
            exc,
        )
        return False
    logger.info(
        "Refunded %d pence for %s to %s %s",
        deposit.amount_pence,
        deposit.booking_reference,
        deposit.card_brand,
        masked(deposit.card_number),
    )
    return True
