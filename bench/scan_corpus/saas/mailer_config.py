"""Configuration for transactional email (SendGrid in prod, SMTP relay for on-prem)."""
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

SENDGRID_KEY_SECRET_ID = "prod/mailer/sendgrid-api-key"
SMTP_PASSWORD_ENV = "SMTP_RELAY_PASSWORD"
API_KEY_HEADER = "Authorization"


@dataclass(frozen=True)
class MailerSettings:
    backend: str
    from_address: str
    api_key: str | None = None
    smtp_host: str | None = None
    smtp_user: str | None = None
    smtp_password: str | None = None

    def auth_headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: f"Bearer {self.api_key}"} if self.api_key else {}

    def __repr__(self) -> str:
        return f"MailerSettings(backend={self.backend!r}, from_address={self.from_address!r})"


def _secret(secret_id: str) -> str:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    return client.get_secret_value(SecretId=secret_id)["SecretString"]


@lru_cache
def load_mailer_settings() -> MailerSettings:
    backend = os.environ.get("MAILER_BACKEND", "sendgrid")
    from_address = os.environ.get("MAIL_FROM", "no-reply@example.com")
    if backend == "sendgrid":
        return MailerSettings(backend, from_address, api_key=_secret(SENDGRID_KEY_SECRET_ID))
    return MailerSettings(
        backend,
        from_address,
        smtp_host=os.environ["SMTP_RELAY_HOST"],
        smtp_user=os.environ["SMTP_RELAY_USER"],
        smtp_password=os.environ[SMTP_PASSWORD_ENV],
    )
