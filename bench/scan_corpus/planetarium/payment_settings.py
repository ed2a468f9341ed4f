"""Payment provider settings for membership renewals and gift shop checkout."""
import os

WEBHOOK_SIGNATURE_HEADER = "Stripe-Signature"
SECRET_ENV_VARS = ("STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET")

STRIPE = {
    "api_key": os.environ.get("STRIPE_API_KEY", ""),
    "webhook_secret": os.environ.get("STRIPE_WEBHOOK_SECRET", ""),
    "api_version": "2023-10-16",
    "webhook_tolerance_seconds": 300,
    "currency": "gbp",
    "statement_descriptor": "NORTHFIELD PLANETARIUM",
}

CHECKOUT = {
    "success_path": "/membership/welcome",
    "cancel_path": "/membership/join",
    "allow_promotion_codes": True,
    "collect_gift_aid": True,
}


def stripe_settings() -> dict:
    missing = [name for name in SECRET_ENV_VARS if not os.environ.get(name)]
    if missing:
        raise RuntimeError(f"missing payment configuration: {', '.join(missing)}")
    return dict(STRIPE)
