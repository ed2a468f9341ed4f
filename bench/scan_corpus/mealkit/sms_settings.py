"""Settings for the SMS gateway integration.

Credentials come from the environment (populated from the secrets manager by
the deploy pipeline); this module only holds names and non-secret defaults.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

TOKEN_ENV_VAR = "SMS_AUTH_TOKEN"
ACCOUNT_ENV_VAR = "SMS_ACCOUNT_SID"
AUTH_HEADER = "Authorization"
PASSWORD_RESET_TEMPLATE = "password_reset_code"
DEFAULT_SENDER = "MealKit"
API_BASE_PATH = "/2010-04-01/Accounts"


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str
    auth_token: str
    sender: str = DEFAULT_SENDER
    max_per_minute: int = 120

    def __repr__(self) -> str:
        return f"SmsSettings(account_sid={self.account_sid!r}, sender={self.sender!r})"


def load_sms_settings() -> SmsSettings:
    missing = [name for name in (ACCOUNT_ENV_VAR, TOKEN_ENV_VAR) if not os.environ.get(name)]
    if missing:
        raise RuntimeError(f"missing SMS configuration: {', '.join(missing)}")
    return SmsSettings(
        account_sid=os.environ[ACCOUNT_ENV_VAR],
        auth_token=os.environ[TOKEN_ENV_VAR],
        sender=os.environ.get("SMS_SENDER", DEFAULT_SENDER),
        max_per_minute=int(os.environ.get("SMS_MAX_PER_MINUTE", "120")),
    )
