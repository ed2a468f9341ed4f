"""Settings for outbound notifications (SMS, email, push).

Credentials come from the environment, which the deploy pipeline fills
from the secrets manager; everything else has a sensible default.
"""
import os
from dataclasses import dataclass, field


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str = field(default_factory=lambda: _required("TWILIO_ACCOUNT_SID"))
    auth_token: str = field(default_factory=lambda: _required("TWILIO_AUTH_TOKEN"), repr=False)
    sender_id: str = os.environ.get("SMS_SENDER_ID", "LittleOaks")
    max_segments: int = 3


@dataclass(frozen=True)
class EmailSettings:
    smtp_host: str = field(default_factory=lambda: _required("SMTP_HOST"))
    smtp_port: int = int(os.environ.get("SMTP_PORT", "587"))
    smtp_user: str = field(default_factory=lambda: _required("SMTP_USER"))
    smtp_password: str = field(default_factory=lambda: _required("SMTP_PASSWORD"), repr=False)
    from_address: str = os.environ.get("NOTIFY_FROM", "no-reply@example.org")
    use_starttls: bool = True


@dataclass(frozen=True)
class PushSettings:
    api_key_header: str = "X-Api-Key"
    token_ttl_seconds: int = 3600
    password_reset_template: str = "parent_password_reset"
    fcm_credentials_file: str = field(default_factory=lambda: _required("FCM_CREDENTIALS_FILE"))


def load() -> tuple[SmsSettings, EmailSettings, PushSettings]:
    return SmsSettings(), EmailSettings(), PushSettings()
