"""Resolve credentials for the subscription payments processor.

Players can subscribe to recurring draw entries; the recurring-billing
worker charges them through the processor. Credentials live in AWS
Secrets Manager and are cached for the lifetime of the worker process.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3


class SecretNames:
    processor_api_key = "lottery/prod/subscriptions/processor-api-key"
    webhook_signing_secret = "lottery/prod/subscriptions/webhook-secret"


@dataclass(frozen=True)
class ProcessorCredentials:
    merchant_account: str
    api_key: str
    webhook_secret: str

    def __repr__(self) -> str:
        return f"ProcessorCredentials(merchant_account={self.merchant_account!r}, api_key=***, webhook_secret=***)"


@lru_cache(maxsize=1)
def _secrets_client():
    return boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def _secret_value(name: str) -> dict[str, str]:
    response = _secrets_client().get_secret_value(SecretId=name)
    return json.loads(response["SecretString"])


@lru_cache(maxsize=1)
def processor_credentials(names: type[SecretNames] = SecretNames) -> ProcessorCredentials:
    api = _secret_value(names.processor_api_key)
    webhook = _secret_value(names.webhook_signing_secret)
    return ProcessorCredentials(
        merchant_account=api["merchant_account"],
        api_key=api["api_key"],
        webhook_secret=webhook["secret"],
    )


def auth_headers() -> dict[str, str]:
    creds = processor_credentials()
    return {"Authorization": f"Basic {creds.api_key}", "X-Merchant-Account": creds.merchant_account}
