"""Takes card payments for paid community workshops at the studio counter.

The counter tablet posts card details to us; we forward them to the
acquirer and keep only the last four digits on the booking.
"""
import structlog
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from studio.acquirer import AcquirerError, charge_card
from studio.bookings import mark_paid

router = APIRouter(prefix="/counter")
log = structlog.get_logger("studio.counter")


class CardPayment(BaseModel):
    booking_id: int
    amount_pence: int = Field(gt=0)
    card_number: str = Field(min_length=12, max_length=19)
    expiry: str
    cvc: str = Field(min_length=3, max_length=4)
    cardholder: str


@router.post("/payments")
async def take_payment(payment: CardPayment):
    details = payment.model_dump()
    try:
        receipt = await charge_card(
            number=payment.card_number,
            expiry=payment.expiry,
            cvc=payment.cvc,
            amount_pence=payment.amount_pence,
        )
    except AcquirerError as exc:
        log.warning("counter.payment_declined", reason=exc.code, **details)
        raise HTTPException(402, "payment declined") from exc
    await mark_paid(
        booking_id=payment.booking_id,
        receipt_id=receipt.id,
        card_last4=payment.card_number[-4:],
    )
    log.info(
        "counter.payment_ok",
        booking_id=payment.booking_id,
        amount_pence=payment.amount_pence,
        receipt=receipt.id,
    )
    return {"receipt": receipt.id}
