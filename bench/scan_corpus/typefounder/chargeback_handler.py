"""Handle chargeback notifications against licence orders."""

import logging
from decimal import Decimal

from django.db import transaction

from billing.models import Chargeback, Order
from licensing.services import suspend_licences_for_order

logger = logging.getLogger(__name__)


def _masked(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return digits[-4:] if len(digits) >= 4 else "????"


@transaction.atomic
def record_chargeback(event: dict) -> Chargeback:
    order = Order.objects.select_for_update().get(number=event["order_reference"])
    card = event.get("payment_method", {}).get("card", {})
    last4 = card.get("last4") or _masked(card.get("number", ""))
    logger.info(
        "Chargeback %s on order %s: %s %s, card %s ending %s",
        event["id"], order.number, event["amount"], event["currency"], card.get("brand"), last4,
    )
    chargeback = Chargeback.objects.create(
        order=order,
        provider_id=event["id"],
        amount=Decimal(str(event["amount"])),
        reason_code=event.get("reason_code", ""),
        card_last4=last4,
    )
    suspended = suspend_licences_for_order(order, reason="chargeback")
    logger.info("Suspended %d licences for order %s", suspended, order.number)
    return chargeback


def resolve_chargeback(provider_id: str, won: bool) -> None:
    chargeback = Chargeback.objects.get(provider_id=provider_id)
    chargeback.status = "won" if won else "lost"
    chargeback.save(update_fields=["status"])
    if won:
        from licensing.services import reinstate_licences_for_order

        reinstate_licences_for_order(chargeback.order)
    logger.info("Chargeback %s resolved as %s", provider_id, chargeback.status)
