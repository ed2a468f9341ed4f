"""SMS reminder settings.

Credentials come from the environment (populated from the secrets manager
in production, from .env locally). Everything else here is plain config.
"""
from __future__ import annotations

import os

SMS_API_BASE_URL = os.environ["SMS_API_BASE_URL"]
SMS_API_TOKEN = os.environ["SMS_API_TOKEN"]
SMS_TOKEN_HEADER = "X-Auth-Token"

DEFAULT_SENDER_ID = os.environ.get("SMS_SENDER_ID", "SALON")
PASSWORD_RESET_TEMPLATE = "password_reset_code"
REMINDER_TEMPLATE = "appointment_reminder_v3"
CANCEL_KEYWORDS = ("C", "CANCEL", "STOP")

SEND_WINDOW = {
    "start_hour": int(os.environ.get("SMS_SEND_START_HOUR", 9)),
    "end_hour": int(os.environ.get("SMS_SEND_END_HOUR", 20)),
}
REMINDER_OFFSETS_HOURS = (48, 24)
MAX_PARTS = 2


def auth_headers() -> dict[str, str]:
    return {SMS_TOKEN_HEADER: SMS_API_TOKEN, "Content-Type": "application/json"}
