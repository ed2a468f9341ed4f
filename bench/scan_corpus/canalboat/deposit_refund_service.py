"""Settles damage deposits after the returned boat has been inspected.

If the handover checklist shows no new damage the full hold is released;
otherwise the agreed repair cost is captured and the rest refunded.
"""
import logging
from decimal import Decimal

from canalboat.models import Booking, DamageReport
from canalboat.payments import processor
from canalboat.settings import settings

log = logging.getLogger(__name__)


def _to_pence(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


def _card_suffix(booking: Booking) -> str:
    card = booking.deposit_card
    return card.last4 if card is not None else "????"


def settle_deposit(booking: Booking, report: DamageReport | None) -> dict:
    held = booking.deposit_amount
    charge = min(report.repair_cost, held) if report is not None else Decimal("0")
    refund = held - charge

    log.info(
        "settling deposit for booking %s: capture %s refund %s to card ending %s",
        booking.reference, charge, refund, _card_suffix(booking),
    )

    if charge > 0:
        result = processor.capture(booking.deposit_authorisation_id, amount=_to_pence(charge))
    else:
        result = processor.void(booking.deposit_authorisation_id)

    booking.deposit_status = "captured" if charge > 0 else "released"
    booking.deposit_refunded = refund
    if refund > 0 and refund >= Decimal(settings.DEPOSIT_NOTIFY_THRESHOLD):
        log.info("booking %s refund of %s will show within 5 working days", booking.reference, refund)
    return {
        "booking": booking.reference,
        "captured": str(charge),
        "refunded": str(refund),
        "processor_status": result["status"],
    }
