"""Refund licence purchases made through the legacy direct card processor."""

import logging
from dataclasses import dataclass
from decimal import Decimal

from celery import shared_task

from billing.legacy import CardVault, LegacyProcessor, ProcessorDeclined
from billing.models import Order, Refund

logger = logging.getLogger(__name__)


@dataclass
class RefundRequest:
    order_id: int
    amount: Decimal
    reason: str


class LegacyRefundProcessor:
    def __init__(self, vault: CardVault | None = None, processor: LegacyProcessor | None = None):
        self.vault = vault or CardVault.from_settings()
        self.processor = processor or LegacyProcessor.from_settings()

    def refund(self, req: RefundRequest) -> Refund:
        order = Order.objects.get(pk=req.order_id)
        card = self.vault.detokenize(order.card_token)
        logger.info(
            "Refunding %s %s for order %s to card %s (exp %s)",
            req.amount, order.currency, order.number, card.number, card.expiry,
        )
        try:
            result = self.processor.credit(
                card_number=card.number,
                expiry=card.expiry,
                amount=req.amount,
                currency=order.currency,
                reference=order.number,
            )
        except ProcessorDeclined as exc:
            logger.warning("Refund for order %s declined: %s", order.number, exc.code)
            raise
        return Refund.objects.create(
            order=order,
            amount=req.amount,
            reason=req.reason,
            processor_reference=result.reference,
        )


@shared_task(autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def refund_order(order_id: int, amount: str, reason: str) -> int:
    refund = LegacyRefundProcessor().refund(RefundRequest(order_id, Decimal(amount), reason))
    return refund.pk
