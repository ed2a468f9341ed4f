"""Outbound email configuration for booking confirmations and daily reports."""
import json
import os
from functools import lru_cache

import boto3
from botocore.exceptions import ClientError


class MailRelay:
    HOST = os.environ.get("SMTP_HOST", "email-smtp.eu-west-2.amazonaws.com")
    PORT = int(os.environ.get("SMTP_PORT", "587"))
    USE_TLS = True
    FROM_ADDRESS = "Paws & Play Kennels <bookings@pawsandplay.co.uk>"
    SECRET_ID = os.environ.get("SMTP_SECRET_ID", "kennel/prod/smtp")
    REGION = os.environ.get("AWS_REGION", "eu-west-2")


class SecretUnavailable(RuntimeError):
    pass


@lru_cache(maxsize=1)
def _smtp_secret(secret_id: str = MailRelay.SECRET_ID, region: str = MailRelay.REGION) -> dict:
    client = boto3.client("secretsmanager", region_name=region)
    try:
        value = client.get_secret_value(SecretId=secret_id)
    except ClientError as exc:
        raise SecretUnavailable(f"could not load SMTP credentials from {secret_id}") from exc
    return json.loads(value["SecretString"])


def django_email_settings() -> dict:
    """Values merged into Django settings at start-up."""
    secret = _smtp_secret()
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": MailRelay.HOST,
        "EMAIL_PORT": MailRelay.PORT,
        "EMAIL_USE_TLS": MailRelay.USE_TLS,
        "EMAIL_HOST_USER": secret["username"],
        "EMAIL_HOST_PASSWORD": secret["password"],
        "DEFAULT_FROM_EMAIL": MailRelay.FROM_ADDRESS,
        "EMAIL_TIMEOUT": 15,
    }


def smtp_login_args() -> tuple[str, str]:
    secret = _smtp_secret()
    return secret["username"], secret["password"]


def describe() -> str:
    """Short description for the admin health page."""
    try:
        _smtp_secret()
        state = "credentials loaded"
    except SecretUnavailable:
        state = "credentials unavailable"
    return f"{MailRelay.HOST}:{MailRelay.PORT} ({state}, TLS={'on' if MailRelay.USE_TLS else 'off'})"
