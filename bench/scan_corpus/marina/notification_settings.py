"""Settings for outbound notifications: SMS, e-mail and push.

Credentials come from the environment (injected from the secrets manager by
the deploy pipeline). Names of headers and form fields that the providers
expect are fixed here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

SMS_AUTH_HEADER = "X-Auth-Token"
SMTP_PASSWORD_ENV = "SMTP_PASSWORD"
PUSH_API_KEY_ENV = "PUSH_API_KEY"
PASSWORD_RESET_TOKEN_TTL = 30 * 60
DEFAULT_SENDER = "Harbour Office <office@{domain}>"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    use_tls: bool = True


@dataclass(frozen=True)
class SmsSettings:
    endpoint: str
    auth_token: str
    sender: str


@dataclass(frozen=True)
class PushSettings:
    endpoint: str
    api_key: str


def smtp() -> SmtpSettings:
    return SmtpSettings(
        host=os.environ["SMTP_HOST"],
        port=int(os.environ.get("SMTP_PORT", "587")),
        username=os.environ["SMTP_USERNAME"],
        password=os.environ[SMTP_PASSWORD_ENV],
    )


def sms() -> SmsSettings:
    return SmsSettings(
        endpoint=os.environ["SMS_ENDPOINT"],
        auth_token=os.environ["SMS_AUTH_TOKEN"],
        sender=os.environ.get("SMS_SENDER", "MARINA"),
    )


def push() -> PushSettings:
    return PushSettings(endpoint=os.environ["PUSH_ENDPOINT"], api_key=os.environ[PUSH_API_KEY_ENV])


def sender_address() -> str:
    return DEFAULT_SENDER.format(domain=os.environ.get("MAIL_DOMAIN", "localhost"))
