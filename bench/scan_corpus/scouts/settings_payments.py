"""Payment settings for event and camp bookings.

Imported by ``bookings.payments`` and the reconciliation jobs.
"""

import os
from decimal import Decimal

ENVIRONMENT = os.environ.get("SCOUTS_ENV", "production")

PAYMENT_GATEWAY = {
    "provider": "stripe",
    "api_version": "2023-10-16",
    "publishable_key": os.environ.get("STRIPE_PUBLISHABLE_KEY", ""),
    "secret_key": "sk_live_51NqT2bHk8ZyXvQ4wR7mLpA3sD9fG2hJ6kL0zX8cV5bN1mQ4wE7rTyU2iO",
    "webhook_secret": os.environ.get("STRIPE_WEBHOOK_SECRET", ""),
    "statement_descriptor": "SCOUTS EVENTS",
}

CURRENCY = "gbp"

# Card fees are passed on to the booking only for international events.
PASS_ON_FEES_FOR = {"international", "jamboree"}
CARD_FEE_PERCENT = Decimal("1.5")
CARD_FEE_FIXED_PENCE = 20

# Bookings left unpaid for this long are released back to the waiting list.
UNPAID_HOLD_MINUTES = 45

REFUND_POLICY = {
    "full_refund_days_before": 28,
    "partial_refund_days_before": 14,
    "partial_refund_percent": 50,
}


def gateway_setting(name: str):
    return PAYMENT_GATEWAY[name]
