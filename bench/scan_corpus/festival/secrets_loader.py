"""Load runtime credentials for the payments worker from AWS Secrets Manager."""
from __future__ import annotations

import json
import os
from functools import lru_cache

import boto3

REGION = os.environ.get("AWS_REGION", "eu-west-2")
STAGE = os.environ.get("DEPLOY_ENV", "prod")

STRIPE_SECRET_ID = f"festival/{STAGE}/payments/stripe"
TOPUP_WEBHOOK_SECRET_ID = f"festival/{STAGE}/payments/topup-webhook"
DB_SECRET_ID = f"festival/{STAGE}/payments/postgres"

PASSWORD_KEY = "password"
API_KEY_FIELD = "api_key"


@lru_cache(maxsize=None)
def _client():
    return boto3.client("secretsmanager", region_name=REGION)


@lru_cache(maxsize=32)
def get_secret(secret_id: str) -> dict:
    resp = _client().get_secret_value(SecretId=secret_id)
    return json.loads(resp["SecretString"])


def stripe_api_key() -> str:
    return get_secret(STRIPE_SECRET_ID)[API_KEY_FIELD]


def topup_webhook_secret() -> str:
    return get_secret(TOPUP_WEBHOOK_SECRET_ID)["signing_secret"]


def database_url() -> str:
    creds = get_secret(DB_SECRET_ID)
    return (
        f"postgresql://{creds['username']}:{creds[PASSWORD_KEY]}"
        f"@{creds['host']}:{creds.get('port', 5432)}/{creds['dbname']}"
    )
