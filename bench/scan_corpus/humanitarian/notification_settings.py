"""Settings for the beneficiary notification service.

Secrets are injected by the deployment (Kubernetes secrets mounted as env);
everything else has a default suitable for the country office setup.
"""
import os
from dataclasses import dataclass, field


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} must be set")
    return value


@dataclass(frozen=True)
class SmsSettings:
    api_base: str = field(default_factory=lambda: _required("SMS_API_BASE"))
    account_sid: str = field(default_factory=lambda: _required("SMS_ACCOUNT_SID"))
    auth_token: str = field(default_factory=lambda: _required("SMS_AUTH_TOKEN"), repr=False)
    sender_id: str = os.environ.get("SMS_SENDER_ID", "RELIEF")
    token_header: str = "X-Auth-Token"
    timeout_seconds: int = int(os.environ.get("SMS_TIMEOUT", "15"))


@dataclass(frozen=True)
class HotlineSettings:
    callback_pin_length: int = 6
    pin_ttl_minutes: int = 30
    password_reset_path: str = "/hotline/password-reset"
    operator_password_min_length: int = 12
    max_password_attempts: int = 5


@dataclass(frozen=True)
class Settings:
    sms: SmsSettings = field(default_factory=SmsSettings)
    hotline: HotlineSettings = field(default_factory=HotlineSettings)
    default_language: str = os.environ.get("DEFAULT_LANGUAGE", "ar")


def load() -> Settings:
    return Settings()
