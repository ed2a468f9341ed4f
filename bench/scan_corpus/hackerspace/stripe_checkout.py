"""Create Stripe Checkout sessions for membership dues.

We call the REST API directly with requests instead of the SDK so the
membership app stays dependency-light.
"""
import os

import requests

STRIPE_API = "https://api.stripe.com/v1"

TIER_PRICES = {
    "standard": os.environ.get("STRIPE_PRICE_STANDARD", ""),
    "concession": os.environ.get("STRIPE_PRICE_CONCESSION", ""),
    "keyholder": os.environ.get("STRIPE_PRICE_KEYHOLDER", ""),
}


def _stripe_session() -> requests.Session:
    s = requests.Session()
    s.auth = (os.environ["STRIPE_SECRET_KEY"], "")
    s.headers["Stripe-Version"] = "2024-06-20"
    return s


def create_checkout(member_id: int, email: str, tier: str, return_url: str) -> str:
    price = TIER_PRICES.get(tier)
    if not price:
        raise ValueError(f"unknown or unconfigured tier: {tier}")
    form = {
        "mode": "subscription",
        "customer_email": email,
        "client_reference_id": str(member_id),
        "line_items[0][price]": price,
        "line_items[0][quantity]": "1",
        "success_url": f"{return_url}?status=ok",
        "cancel_url": f"{return_url}?status=cancelled",
    }
    with _stripe_session() as s:
        resp = s.post(f"{STRIPE_API}/checkout/sessions", data=form, timeout=15)
    resp.raise_for_status()
    return resp.json()["url"]
