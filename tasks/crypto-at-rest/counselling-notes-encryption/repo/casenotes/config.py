"""Settings from the environment."""
import base64
import binascii
import os

SERVICE_NAME = "{{ org_name }} Wellbeing & Counselling"
SERVICE_EMAIL = "{{ contact_email }}"
SERVICE_TIMEZONE = "{{ timezone }}"
DB_PATH = os.environ.get("CASENOTES_DB", "casenotes.db")
KEY_BYTES = 32


class ConfigError(RuntimeError):
    """A required setting is missing or malformed."""


def load_notes_key(environ=os.environ) -> bytes:
    """The note key from ``CASENOTES_KEY`` (URL-safe base64 of 32 bytes)."""
    raw = environ.get("CASENOTES_KEY")
    if not raw:
        raise ConfigError("CASENOTES_KEY is not set; see README (python -m casenotes.keygen)")
    try:
        key = base64.urlsafe_b64decode(raw.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError):
        raise ConfigError("CASENOTES_KEY is not valid URL-safe base64") from None
    if len(key) != KEY_BYTES:
        raise ConfigError(f"CASENOTES_KEY must decode to {KEY_BYTES} bytes, got {len(key)}")
    return key
