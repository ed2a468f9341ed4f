"""Names and lookups for third-party integration credentials.

Values live in AWS Secrets Manager under one JSON secret per studio; this
module only knows the key names.
"""
import json
from functools import lru_cache

import boto3

SECRET_ID_TEMPLATE = "inkhouse/{studio}/integrations"

SQUARE_TOKEN_KEY = "square_access_token"
STRIPE_SECRET_KEY_NAME = "stripe_secret_key"
MAILGUN_API_KEY_NAME = "mailgun_api_key"
PAYOUTS_PASSWORD_KEY = "payroll_portal_password"
TABLET_TOKEN_HEADER = "X-Studio-Tablet-Token"
PASSWORD_FIELD = "password"


@lru_cache(maxsize=32)
def _studio_secrets(studio: str) -> dict:
    client = boto3.client("secretsmanager")
    resp = client.get_secret_value(SecretId=SECRET_ID_TEMPLATE.format(studio=studio))
    return json.loads(resp["SecretString"])


def square_token(studio: str) -> str:
    return _studio_secrets(studio)[SQUARE_TOKEN_KEY]


def stripe_secret(studio: str) -> str:
    return _studio_secrets(studio)[STRIPE_SECRET_KEY_NAME]


def mailgun_key(studio: str) -> str:
    return _studio_secrets(studio)[MAILGUN_API_KEY_NAME]


def payroll_password(studio: str) -> str:
    return _studio_secrets(studio)[PAYOUTS_PASSWORD_KEY]


def refresh() -> None:
    _studio_secrets.cache_clear()
