"""Charging of shoot-day deposits taken over the phone.

The office keys in card details for guns who book by phone; the charge is
made asynchronously through the card processor's API from a Celery worker.
"""
import logging
from decimal import Decimal

import requests
from celery import shared_task

from gamekeeper.bookings import BookingService
from gamekeeper.config import settings

log = logging.getLogger(__name__)

PROCESSOR_URL = settings.CARD_PROCESSOR_URL


def build_charge(booking_ref: str, card: dict, amount: Decimal) -> dict:
    return {
        "amount": int(amount * 100),
        "currency": "GBP",
        "reference": booking_ref,
        "card": {
            "number": card["number"],
            "expiry_month": card["expiry_month"],
            "expiry_year": card["expiry_year"],
            "cvc": card["cvc"],
            "name": card["name"],
        },
    }


@shared_task(bind=True, max_retries=2)
def charge_deposit(self, booking_ref: str, card: dict, amount: str):
    charge = build_charge(booking_ref, card, Decimal(amount))
    response = requests.post(
        f"{PROCESSOR_URL}/v1/charges",
        json=charge,
        auth=(settings.CARD_PROCESSOR_KEY, ""),
        timeout=30,
    )
    if response.status_code == 402:
        log.error("deposit declined for %s: %s charge=%s", booking_ref, response.json().get("code"), charge)
        BookingService().mark_deposit_failed(booking_ref)
        return "declined"
    response.raise_for_status()
    BookingService().mark_deposit_paid(booking_ref, response.json()["id"])
    return "paid"
