"""Load payment provider credentials from AWS Secrets Manager."""

import json
import os
from functools import lru_cache

import boto3

SECRET_ID = os.environ.get("PAYMENTS_SECRET_ID", "scouts/prod/payments")
REGION = os.environ.get("AWS_REGION", "eu-west-2")


@lru_cache(maxsize=1)
def _client():
    return boto3.client("secretsmanager", region_name=REGION)


@lru_cache(maxsize=4)
def payment_credentials(secret_id: str = SECRET_ID) -> dict:
    resp = _client().get_secret_value(SecretId=secret_id)
    return json.loads(resp["SecretString"])


def stripe_secret_key() -> str:
    return payment_credentials()["stripe_secret_key"]


def stripe_webhook_secret() -> str:
    return payment_credentials()["stripe_webhook_secret"]


def refresh() -> None:
    payment_credentials.cache_clear()
