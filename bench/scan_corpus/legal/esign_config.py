"""Settings for the e-signature integration (envelope creation and callbacks)."""
import os

from .base import env_bool, env_int


class ImproperlyConfigured(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"{name} must be set")
    return value


ESIGN = {
    "BASE_URL": _required("ESIGN_BASE_URL"),
    "API_KEY": _required("ESIGN_API_KEY"),
    "CONNECT_HMAC_KEY": _required("ESIGN_CONNECT_HMAC_KEY"),
    "API_KEY_HEADER": "X-Api-Key",
    "PASSWORD_PROTECT_FIELD": "signer_password",
    "TEST_MODE": env_bool("ESIGN_TEST_MODE", default=False),
    "TIMEOUT": env_int("ESIGN_TIMEOUT", default=30),
    "REMINDER_DAYS": env_int("ESIGN_REMINDER_DAYS", default=3),
}

SMS_AUTH_ROLES = ("Client", "Guarantor")
SIGNABLE_DOCUMENT_TYPES = ("engagement_letter", "settlement_agreement", "nda", "retainer")
