"""Stripe checkout for annual membership and boat-rack fees."""

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import stripe

log = logging.getLogger("club.fees")


@dataclass(frozen=True)
class PaymentSettings:
    api_key: str
    webhook_secret: str
    currency: str = "gbp"
    statement_descriptor: str = "ROWING CLUB FEES"

    @classmethod
    def from_env(cls) -> "PaymentSettings":
        return cls(
            api_key=os.environ["STRIPE_API_KEY"],
            webhook_secret=os.environ["STRIPE_WEBHOOK_SECRET"],
            currency=os.environ.get("FEES_CURRENCY", "gbp"),
        )


FEE_SCHEDULE = {
    "senior": Decimal("420.00"),
    "student": Decimal("180.00"),
    "junior": Decimal("150.00"),
    "masters": Decimal("380.00"),
    "rack_single": Decimal("95.00"),
    "rack_double": Decimal("140.00"),
}


def configure() -> PaymentSettings:
    settings = PaymentSettings.from_env()
    stripe.api_key = settings.api_key
    log.info("Payments configured: %s", settings)
    return settings


def _to_minor_units(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


def _line_item(settings: PaymentSettings, fee_code: str) -> dict:
    if fee_code not in FEE_SCHEDULE:
        raise ValueError(f"Unknown fee code: {fee_code}")
    return {
        "price_data": {
            "currency": settings.currency,
            "unit_amount": _to_minor_units(FEE_SCHEDULE[fee_code]),
            "product_data": {"name": fee_code.replace("_", " ").title()},
        },
        "quantity": 1,
    }


def create_fee_checkout(settings, member_id, member_email, fee_codes, success_url, cancel_url):
    """Create a Checkout Session for the selected fees and return its hosted URL."""
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=member_email,
        line_items=[_line_item(settings, code) for code in fee_codes],
        success_url=success_url,
        cancel_url=cancel_url,
        metadata={"member_id": str(member_id), "fees": ",".join(fee_codes)},
        payment_intent_data={"statement_descriptor": settings.statement_descriptor},
    )
    log.info("Created checkout %s for member %s", session.id, member_id)
    return session.url
