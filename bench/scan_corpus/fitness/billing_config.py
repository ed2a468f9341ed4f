"""Stripe configuration for membership billing."""
import stripe

STRIPE_API_VERSION = "2023-10-16"
STRIPE_SECRET_KEY = "sk_live_51NzQk2LrT8vXwYp4dG7hJm3bC9sRfUe1aKo6TnVq0WxZyP2iHjLk5MnBv8CxDs"

MEMBERSHIP_PRICES = {
    "monthly": "price_monthly_standard",
    "annual": "price_annual_standard",
    "student": "price_monthly_student",
}

TRIAL_DAYS = 7


def configure_stripe() -> None:
    stripe.api_key = STRIPE_SECRET_KEY
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
