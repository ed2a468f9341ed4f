"""Settings for the race-day notification service (SMS, push, email).

Credentials come from the environment in development and from AWS Secrets
Manager in production; this module only knows their names.
"""
import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

SECRET_ID_ENV = "NOTIFY_SECRET_ID"
SMS_API_KEY_ENV = "NOTIFY_SMS_API_KEY"
PUSH_TOKEN_ENV = "NOTIFY_PUSH_TOKEN"
SMTP_PASSWORD_ENV = "NOTIFY_SMTP_PASSWORD"


@dataclass(frozen=True)
class NotifyCredentials:
    sms_api_key: str
    push_token: str
    smtp_user: str
    smtp_password: str


def _from_env() -> NotifyCredentials:
    return NotifyCredentials(
        sms_api_key=os.environ[SMS_API_KEY_ENV],
        push_token=os.environ[PUSH_TOKEN_ENV],
        smtp_user=os.environ.get("NOTIFY_SMTP_USER", "race-notify"),
        smtp_password=os.environ[SMTP_PASSWORD_ENV],
    )


def _from_secrets_manager(secret_id: str) -> NotifyCredentials:
    client = boto3.client("secretsmanager")
    payload = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    return NotifyCredentials(
        sms_api_key=payload["sms_api_key"],
        push_token=payload["push_token"],
        smtp_user=payload.get("smtp_user", "race-notify"),
        smtp_password=payload["smtp_password"],
    )


@lru_cache(maxsize=1)
def credentials() -> NotifyCredentials:
    secret_id = os.environ.get(SECRET_ID_ENV)
    return _from_secrets_manager(secret_id) if secret_id else _from_env()
