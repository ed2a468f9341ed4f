"""Payment settings for the box-office and concessions POS services."""
import os

PAYMENT_PROVIDER = "stripe"
CURRENCY = os.environ.get("POS_CURRENCY", "gbp")

STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "https://api.stripe.com")
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300

# Header names used by the tills when calling the store API.
API_KEY_HEADER = "X-Store-Key"
TERMINAL_ID_HEADER = "X-Terminal-Id"

# Staff PINs are 6 digits; managers need a password for refunds.
STAFF_PIN_LENGTH = 6
MANAGER_PASSWORD_MIN_LENGTH = 12
SECRET_ROTATION_DAYS = 90

REFUND_WINDOW_DAYS = 14
MAX_REFUND_WITHOUT_MANAGER = 2_000
