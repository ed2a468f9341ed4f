"""Structured logging of card payments taken against trade invoices."""
import logging
from decimal import Decimal

import structlog

from cordmaker.billing import gateway

logger = structlog.get_logger("cordmaker.invoice_payments")
logging.getLogger("httpx").setLevel(logging.WARNING)


def mask_pan(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


def card_brand(number: str) -> str:
    if number.startswith("4"):
        return "visa"
    if number[:2] in {"51", "52", "53", "54", "55"}:
        return "mastercard"
    if number[:2] in {"34", "37"}:
        return "amex"
    return "other"


def take_payment(invoice_no: str, card_number: str, expiry: str, cvc: str, amount: Decimal) -> str:
    log = logger.bind(invoice=invoice_no, amount=str(amount))
    result = gateway.charge(card_number, expiry, cvc, amount)
    masked = mask_pan(card_number)
    if result.declined:
        log.warning("card_declined", card=masked, brand=card_brand(card_number),
                    code=result.decline_code)
        return "declined"
    log.info("card_charged", card=masked, brand=card_brand(card_number),
             transaction=result.transaction_id)
    return result.transaction_id
