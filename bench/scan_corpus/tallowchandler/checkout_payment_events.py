"""Records payment outcomes from the online shop checkout for reconciliation."""
import logging
from dataclasses import dataclass

from tallow.db import get_connection

log = logging.getLogger("payments.checkout")


@dataclass
class PaymentOutcome:
    order_ref: str
    amount_pence: int
    card_brand: str
    card_number: str
    status: str
    processor_id: str

    @property
    def masked_card(self) -> str:
        return f"{self.card_brand} ****{self.card_number[-4:]}"


def record_outcome(outcome: PaymentOutcome) -> None:
    log.info(
        "checkout payment %s for order %s: %s, %d pence",
        outcome.status,
        outcome.order_ref,
        outcome.masked_card,
        outcome.amount_pence,
    )
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO payment_events (order_ref, amount_pence, card_last4, card_brand, status, processor_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                outcome.order_ref,
                outcome.amount_pence,
                outcome.card_number[-4:],
                outcome.card_brand,
                outcome.status,
                outcome.processor_id,
            ),
        )


def failed_today() -> list[tuple]:
    with get_connection() as conn:
        rows = conn.execute(
            "SELECT order_ref, card_brand, card_last4, amount_pence FROM payment_events "
            "WHERE status = 'failed' AND date(created_at) = date('now')"
        ).fetchall()
    for order_ref, brand, last4, amount in rows:
        log.warning("failed payment on %s (%s ****%s, %d pence)", order_ref, brand, last4, amount)
    return rows
