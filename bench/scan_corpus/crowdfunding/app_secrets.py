"""Loads runtime credentials from AWS Secrets Manager at process start."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache

import boto3


@dataclass(frozen=True)
class AppSecrets:
    stripe_api_key: str = field(repr=False)
    stripe_webhook_secret: str = field(repr=False)
    payout_provider_token: str = field(repr=False)
    kyc_client_id: str
    kyc_client_secret: str = field(repr=False)
    db_password: str = field(repr=False)


_FIELD_MAP = {
    "stripe_api_key": "STRIPE_API_KEY",
    "stripe_webhook_secret": "STRIPE_WEBHOOK_SECRET",
    "payout_provider_token": "PAYOUT_PROVIDER_TOKEN",
    "kyc_client_id": "KYC_CLIENT_ID",
    "kyc_client_secret": "KYC_CLIENT_SECRET",
    "db_password": "DB_PASSWORD",
}


@lru_cache(maxsize=1)
def load_secrets(secret_id: str | None = None) -> AppSecrets:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    response = client.get_secret_value(SecretId=secret_id or os.environ["APP_SECRET_ID"])
    raw = json.loads(response["SecretString"])
    missing = [key for key in _FIELD_MAP.values() if key not in raw]
    if missing:
        raise RuntimeError(f"secret bundle is missing keys: {', '.join(missing)}")
    return AppSecrets(**{attr: raw[key] for attr, key in _FIELD_MAP.items()})
