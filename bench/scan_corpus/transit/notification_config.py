"""Configuration for customer notifications (SMS, email, push).

Credentials are injected by the platform from the secrets manager as
environment variables; everything else has a sensible default here.
"""
import os
from dataclasses import dataclass, field


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} is not set")
    return value


API_KEY_HEADER = "X-Api-Key"
PASSWORD_RESET_TEMPLATE = "password_reset"
TOKEN_TTL_SECONDS = 900
SMS_SENDER_ID = "CityTransit"


@dataclass(frozen=True)
class SmsSettings:
    base_url: str = field(default_factory=lambda: _required("SMS_GATEWAY_URL"))
    api_key: str = field(default_factory=lambda: _required("SMS_GATEWAY_API_KEY"), repr=False)
    sender_id: str = SMS_SENDER_ID
    timeout: float = 10.0


@dataclass(frozen=True)
class EmailSettings:
    host: str = field(default_factory=lambda: _required("SMTP_HOST"))
    port: int = int(os.environ.get("SMTP_PORT", "587"))
    username: str = field(default_factory=lambda: _required("SMTP_USERNAME"))
    password: str = field(default_factory=lambda: _required("SMTP_PASSWORD"), repr=False)
    from_address: str = "no-reply@citytransit.example"
    use_starttls: bool = True


@dataclass(frozen=True)
class PushSettings:
    project_id: str = field(default_factory=lambda: _required("FCM_PROJECT_ID"))
    credentials_file: str = os.environ.get("FCM_CREDENTIALS_FILE", "/run/secrets/fcm.json")


def load() -> dict:
    return {"sms": SmsSettings(), "email": EmailSettings(), "push": PushSettings()}
