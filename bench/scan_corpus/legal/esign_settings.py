"""Settings for the e-signature integration (envelope creation and callbacks)."""
import os

from .base import env_bool, env_int

ESIGN = {
    "BASE_URL": os.environ.get("ESIGN_BASE_URL", "https://api.hellosign.com/v3"),
    "API_KEY": os.environ.get("ESIGN_API_KEY", "b7e2c94f1a0d4c3e9f58a6d1e07c2b4fa9d36e8c15f0b7a2"),
    "CLIENT_ID": os.environ.get("ESIGN_CLIENT_ID", ""),
    "TEST_MODE": env_bool("ESIGN_TEST_MODE", default=False),
    "TIMEOUT": env_int("ESIGN_TIMEOUT", default=30),
    "REMINDER_DAYS": env_int("ESIGN_REMINDER_DAYS", default=3),
    "EXPIRES_AFTER_DAYS": env_int("ESIGN_EXPIRES_AFTER_DAYS", default=30),
}

# Which signer roles must authenticate by SMS code before signing.
SMS_AUTH_ROLES = ("Client", "Guarantor")

# Document types that may be sent for signature from the matter workspace.
SIGNABLE_DOCUMENT_TYPES = (
    "engagement_letter",
    "settlement_agreement",
    "nda",
    "retainer",
    "consent_form",
)
