"""Payment provider settings, imported by checkout and the refund worker."""
import os
from decimal import Decimal

STRIPE_API_VERSION = "2023-10-16"
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "sk_live_51Z1xIFMoDESuYqMBJHPuZVSDpaiLyI360EWgeq1di")
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

SUPPORTED_CURRENCIES = ("eur", "usd", "gbp")
DEFAULT_CURRENCY = os.environ.get("CHECKOUT_DEFAULT_CURRENCY", "eur")

# amounts above this need manual review before capture
MANUAL_REVIEW_THRESHOLD = Decimal(os.environ.get("CHECKOUT_REVIEW_THRESHOLD", "2500.00"))

REFUND_WINDOW_DAYS = int(os.environ.get("REFUND_WINDOW_DAYS", "30"))
REFUND_REASONS = ("duplicate", "fraudulent", "requested_by_customer")

STATEMENT_DESCRIPTOR = "ACME OUTDOOR"
CAPTURE_METHOD = "manual"

RETRY_POLICY = {
    "max_attempts": 4,
    "backoff_seconds": (1, 4, 15, 60),
    "retry_on_status": (409, 429, 500, 502, 503),
}
