"""Stripe configuration for membership billing.

Secrets are injected by the deployment (Kubernetes secret -> env vars).
"""
import os

import stripe

STRIPE_API_VERSION = "2023-10-16"
SECRET_KEY_ENV = "STRIPE_SECRET_KEY"
WEBHOOK_SECRET_ENV = "STRIPE_WEBHOOK_SECRET"
PASSWORD_RESET_TEMPLATE = "billing/emails/password_reset.html"

MEMBERSHIP_PRICES = {
    "monthly": "price_monthly_standard",
    "annual": "price_annual_standard",
    "student": "price_monthly_student",
}

TRIAL_DAYS = 7


def stripe_secret_key() -> str:
    try:
        return os.environ[SECRET_KEY_ENV]
    except KeyError:
        raise RuntimeError(f"{SECRET_KEY_ENV} is not set") from None


def webhook_secret() -> str:
    return os.environ[WEBHOOK_SECRET_ENV]


def configure_stripe() -> None:
    stripe.api_key = stripe_secret_key()
    stripe.api_version = STRIPE_API_VERSION
    stripe.max_network_retries = 2


def create_subscription(customer_id: str, plan: str) -> stripe.Subscription:
    configure_stripe()
    return stripe.Subscription.create(
        customer=customer_id,
        items=[{"price": MEMBERSHIP_PRICES[plan]}],
        trial_period_days=TRIAL_DAYS if plan != "student" else 0,
        payment_behavior="default_incomplete",
    )
