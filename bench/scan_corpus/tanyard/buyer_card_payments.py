"""Card payments for pro-forma invoices on the buyer portal.

Smaller saddlers without a credit account pay for their order by card before
the leather is despatched. The card details are passed to the acquirer's
payment API and the result recorded against the order.
"""
import logging
import os

import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter()
logger = logging.getLogger("tanyard.portal.payments")
ACQUIRER_URL = os.environ.get("ACQUIRER_URL", "https://api.cardacquirer.co.uk/v1/charges")


class CardPayment(BaseModel):
    order_no: str
    amount_pence: int
    card_number: str
    expiry: str
    cvc: str
    cardholder: str


async def _charge(payment: CardPayment) -> dict:
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(
            ACQUIRER_URL,
            json=payment.model_dump(),
            headers={"Authorization": f"Bearer {os.environ['ACQUIRER_SECRET_KEY']}"},
        )
    return {"status": resp.status_code, "body": resp.json()}


@router.post("/portal/orders/{order_no}/pay")
async def pay_order(order_no: str, payment: CardPayment):
    if payment.order_no != order_no:
        raise HTTPException(status_code=400, detail="Order mismatch")
    result = await _charge(payment)
    if result["status"] != 201:
        logger.warning(
            "Card charge declined for %s: %s (request %s)",
            order_no,
            result["body"],
            payment.model_dump(),
        )
        raise HTTPException(status_code=402, detail="Payment declined")
    logger.info("Order %s paid, charge %s", order_no, result["body"].get("id"))
    return {"order_no": order_no, "charge_id": result["body"].get("id")}
