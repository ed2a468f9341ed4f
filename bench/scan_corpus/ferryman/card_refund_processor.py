"""Refunds for cancelled sailings paid by card.

When a sailing is cancelled for high water or a vessel fault, every card
payment on it is refunded through the payment provider. Customer service
search the logs by the last four digits the customer reads off their card.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx
import psycopg

log = logging.getLogger("payments.refunds")

PROVIDER_URL = os.environ.get("PAYMENT_PROVIDER_URL", "https://api.payments.example/v1")


@dataclass
class CardPayment:
    payment_id: str
    booking_ref: str
    amount: Decimal
    card_number: str
    card_brand: str


def masked_card(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


def payments_for_sailing(conn: psycopg.Connection, sailing_id: int) -> list[CardPayment]:
    rows = conn.execute(
        "SELECT p.provider_payment_id, b.booking_ref, p.amount, p.card_number, p.card_brand "
        "FROM payments p JOIN bookings b ON b.id = p.booking_id "
        "WHERE b.sailing_id = %s AND p.method = 'card' AND p.refunded_at IS NULL",
        (sailing_id,),
    ).fetchall()
    return [CardPayment(*r) for r in rows]


def refund_sailing(sailing_id: int, reason: str) -> int:
    refunded = 0
    headers = {"Authorization": f"Bearer {os.environ['PAYMENT_PROVIDER_KEY']}"}
    with psycopg.connect(os.environ["TICKETING_DSN"]) as conn, httpx.Client(headers=headers, timeout=20) as client:
        for payment in payments_for_sailing(conn, sailing_id):
            resp = client.post(
                f"{PROVIDER_URL}/payments/{payment.payment_id}/refunds",
                json={"amount": str(payment.amount), "reason": reason},
            )
            if resp.is_error:
                log.error(
                    "refund failed for %s (%s %s): HTTP %s",
                    payment.booking_ref,
                    payment.card_brand,
                    masked_card(payment.card_number),
                    resp.status_code,
                )
                continue
            conn.execute("UPDATE payments SET refunded_at = now() WHERE provider_payment_id = %s", (payment.payment_id,))
            log.info(
                "refunded %s to %s %s for booking %s",
                payment.amount,
                payment.card_brand,
                masked_card(payment.card_number),
                payment.booking_ref,
            )
            refunded += 1
    return refunded
