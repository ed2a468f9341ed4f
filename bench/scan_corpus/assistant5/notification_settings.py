"""Settings for the notification service (email, SMS and push)."""
import os


class MissingSetting(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


SENDGRID_API_URL = "https://api.sendgrid.com/v3/mail/send"
SENDGRID_API_KEY = _require("SENDGRID_API_KEY")

TWILIO_ACCOUNT_SID = _require("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = _require("TWILIO_AUTH_TOKEN")
TWILIO_FROM_NUMBER = os.environ.get("TWILIO_FROM_NUMBER", "")

FCM_CREDENTIALS_FILE = os.environ.get("FCM_CREDENTIALS_FILE", "/run/secrets/fcm.json")

API_KEY_HEADER = "Authorization"
TOKEN_PREFIX = "Bearer"

# template ids in SendGrid
TEMPLATES = {
    "password_reset": "d-password-reset",
    "welcome": "d-welcome",
    "invoice_ready": "d-invoice-ready",
}

PASSWORD_RESET_TTL_MINUTES = 30
DEFAULT_SENDER = os.environ.get("NOTIFY_DEFAULT_SENDER", "no-reply@example.com")
RATE_LIMIT_PER_MINUTE = int(os.environ.get("NOTIFY_RATE_LIMIT", "600"))
