"""Card payment client for visitor centre till and phone orders.

Phone orders from restaurants and tour-day sales at the visitor centre are
charged through the acquirer's card-not-present API. Only the last four
digits of the card are kept for receipts and reconciliation.
"""
from __future__ import annotations

import logging
from decimal import Decimal

import requests

from saltboiler.config import settings

logger = logging.getLogger("saltboiler.payments")


class PaymentDeclined(Exception):
    pass


def _mask(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return f"****{digits[-4:]}"


class AcquirerClient:
    def __init__(self, session: requests.Session | None = None):
        self._session = session or requests.Session()
        self._session.auth = (settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_API_KEY)

    def charge(self, order_ref: str, amount: Decimal, card_number: str, expiry: str, cvc: str) -> str:
        payload = {
            "merchant_reference": order_ref,
            "amount_minor": int(amount * 100),
            "currency": "GBP",
            "card": {"number": card_number, "expiry": expiry, "cvc": cvc},
        }
        logger.info("charging order %s amount=%s card=%s", order_ref, amount, _mask(card_number))
        response = self._session.post(f"{settings.ACQUIRER_URL}/v1/payments", json=payload, timeout=30)
        result = response.json()
        if response.status_code != 201 or result.get("status") != "approved":
            logger.warning(
                "payment declined for order %s card=%s code=%s",
                order_ref, _mask(card_number), result.get("decline_code"),
            )
            raise PaymentDeclined(result.get("decline_code", "unknown"))
        logger.info("payment %s approved for order %s", result["id"], order_ref)
        return result["id"]
