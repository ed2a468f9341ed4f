"""Checkout audit logging for the web-to-print shop.

Finance reconciles failed and disputed card payments from these log lines, so
each attempt records the order, the card brand and the last four digits.
"""
import logging
import re

from printshop.payments import ChargeResult

audit = logging.getLogger("printshop.checkout.audit")

_SENSITIVE_KEYS = {"card_number", "cvc", "expiry", "password", "authorization", "api_key"}


def mask_pan(pan: str) -> str:
    digits = re.sub(r"\D", "", pan)
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


def redact(payload: dict) -> dict:
    clean = {}
    for key, value in payload.items():
        if key.lower() in _SENSITIVE_KEYS:
            clean[key] = "[redacted]"
        elif isinstance(value, dict):
            clean[key] = redact(value)
        else:
            clean[key] = value
    return clean


def log_checkout_attempt(order_ref: str, form: dict) -> None:
    card = mask_pan(form.get("card_number", ""))
    audit.info("checkout order=%s card=%s form=%s", order_ref, card, redact(form))


def log_charge_result(order_ref: str, result: ChargeResult) -> None:
    if result.succeeded:
        audit.info("charge ok order=%s charge=%s amount=%s", order_ref, result.charge_id, result.amount)
    else:
        audit.warning(
            "charge declined order=%s code=%s brand=%s last4=%s",
            order_ref,
            result.decline_code,
            result.card_brand,
            result.card_last4,
        )
