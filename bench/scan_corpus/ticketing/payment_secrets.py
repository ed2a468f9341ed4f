"""Resolves payment provider credentials at process start.

In production the values live in AWS Secrets Manager under
``SECRET_ID``; local development can set them as environment variables.
"""
import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

SECRET_ID = os.environ.get("PAYMENTS_SECRET_ID", "prod/ticketing/payments")
STRIPE_API_VERSION = "2023-10-16"
WEBHOOK_SECRET_FIELD = "stripe_webhook_secret"
API_KEY_FIELD = "stripe_api_key"


@dataclass(frozen=True)
class PaymentCredentials:
    api_key: str
    webhook_secret: str
    api_version: str = STRIPE_API_VERSION

    def __repr__(self) -> str:
        return f"PaymentCredentials(api_version={self.api_version!r})"


def _from_env() -> PaymentCredentials | None:
    key = os.environ.get("STRIPE_API_KEY")
    whsec = os.environ.get("STRIPE_WEBHOOK_SECRET")
    if key and whsec:
        return PaymentCredentials(api_key=key, webhook_secret=whsec)
    return None


def _from_secrets_manager() -> PaymentCredentials:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    doc = json.loads(client.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    return PaymentCredentials(api_key=doc[API_KEY_FIELD], webhook_secret=doc[WEBHOOK_SECRET_FIELD])


@lru_cache(maxsize=1)
def payment_credentials() -> PaymentCredentials:
    return _from_env() or _from_secrets_manager()
