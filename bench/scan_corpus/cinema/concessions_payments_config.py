"""Payment settings for the concessions POS service."""
import os

PAYMENT_PROVIDER = "stripe"
CURRENCY = os.environ.get("POS_CURRENCY", "gbp")

STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "https://api.stripe.com")
STRIPE_SECRET_KEY = "sk_live_51MqZ8bKc2RlaW0PXv9nT4yHgJ3dQeA7uLs6FwB1oC8rN5kYmD2zT0hVpE"
STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300

TERMINAL_LOCATION_ID = os.environ.get("STRIPE_TERMINAL_LOCATION", "")
CAPTURE_METHOD = "automatic"

# Receipts are emailed only for card payments above this amount (pence).
EMAIL_RECEIPT_THRESHOLD = 500

REFUND_WINDOW_DAYS = 14
MAX_REFUND_WITHOUT_MANAGER = 2_000
