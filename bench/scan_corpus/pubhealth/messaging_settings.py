"""Settings for the patient messaging service."""
import os
from dataclasses import dataclass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class MessagingSettings:
    gateway_url: str
    account_sid: str
    auth_token: str
    sender_id: str = "CityHealth"
    max_per_minute: int = 120


def load() -> MessagingSettings:
    return MessagingSettings(
        gateway_url=_require("SMS_GATEWAY_URL"),
        account_sid=_require("SMS_ACCOUNT_SID"),
        auth_token=_require("SMS_AUTH_TOKEN"),
        sender_id=os.environ.get("SMS_SENDER_ID", "CityHealth"),
    )
