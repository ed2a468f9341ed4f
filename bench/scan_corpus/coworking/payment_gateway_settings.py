"""Settings for the card-payment gateway used for membership billing.

Credentials come from AWS Secrets Manager in deployed environments and from
environment variables when running locally.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3


@dataclass(frozen=True)
class GatewaySettings:
    api_base: str
    merchant_id: str
    api_key: str
    webhook_secret: str

    def __repr__(self) -> str:
        return f"GatewaySettings(api_base={self.api_base!r}, merchant_id={self.merchant_id!r})"


def _from_secrets_manager(secret_id: str) -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    response = client.get_secret_value(SecretId=secret_id)
    return json.loads(response["SecretString"])


def _from_environment() -> dict:
    return {
        "merchant_id": os.environ["GATEWAY_MERCHANT_ID"],
        "api_key": os.environ["GATEWAY_API_KEY"],
        "webhook_secret": os.environ["GATEWAY_WEBHOOK_SECRET"],
    }


@lru_cache(maxsize=1)
def gateway_settings() -> GatewaySettings:
    secret_id = os.environ.get("GATEWAY_SECRET_ID")
    values = _from_secrets_manager(secret_id) if secret_id else _from_environment()
    return GatewaySettings(
        api_base=os.environ["GATEWAY_API_BASE"],
        merchant_id=values["merchant_id"],
        api_key=values["api_key"],
        webhook_secret=values["webhook_secret"],
    )


def auth_headers() -> dict[str, str]:
    settings = gateway_settings()
    return {
        "Authorization": f"Bearer {settings.api_key}",
        "X-Merchant-Id": settings.merchant_id,
    }
