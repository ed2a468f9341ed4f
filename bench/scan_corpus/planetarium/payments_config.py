"""Payment provider settings for membership renewals and gift shop checkout."""
import os

PAYMENT_PROVIDER = os.environ.get("PAYMENT_PROVIDER", "stripe")

STRIPE = {
    "api_key": os.environ.get("STRIPE_API_KEY"),
    "api_version": "2023-10-16",
    "webhook_secret": "whsec_9fK2mQx7LrT4vB8nZc1HdY6sWj3pA0eG",
    "webhook_tolerance_seconds": 300,
    "currency": "gbp",
    "statement_descriptor": "NORTHFIELD PLANETARIUM",
}

MEMBERSHIP_PRICES = {
    "individual": os.environ.get("PRICE_INDIVIDUAL", "price_individual_annual"),
    "family": os.environ.get("PRICE_FAMILY", "price_family_annual"),
    "patron": os.environ.get("PRICE_PATRON", "price_patron_annual"),
}

CHECKOUT = {
    "success_path": "/membership/welcome",
    "cancel_path": "/membership/join",
    "allow_promotion_codes": True,
    "collect_gift_aid": True,
}


def stripe_settings() -> dict:
    if not STRIPE["api_key"]:
        raise RuntimeError("STRIPE_API_KEY is not configured")
    return dict(STRIPE)
