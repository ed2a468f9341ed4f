"""Load payment processor credentials from AWS Secrets Manager at service start-up."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3
from botocore.exceptions import ClientError

API_KEY_FIELD = "api_key"
WEBHOOK_SECRET_FIELD = "webhook_secret"
MERCHANT_FIELD = "merchant_id"
AUTH_HEADER = "X-Processor-Key"


@dataclass(frozen=True)
class ProcessorSecrets:
    merchant_id: str
    api_key: str
    webhook_secret: bytes

    def headers(self) -> dict[str, str]:
        return {AUTH_HEADER: self.api_key, "X-Merchant": self.merchant_id}


class SecretsUnavailable(RuntimeError):
    pass


def _secrets_client():
    return boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))


@lru_cache(maxsize=4)
def load_processor_secrets(secret_id: str | None = None) -> ProcessorSecrets:
    secret_id = secret_id or os.environ["PROCESSOR_SECRET_ID"]
    try:
        response = _secrets_client().get_secret_value(SecretId=secret_id)
    except ClientError as exc:
        raise SecretsUnavailable(f"cannot read {secret_id}") from exc
    document = json.loads(response["SecretString"])
    return ProcessorSecrets(
        merchant_id=document[MERCHANT_FIELD],
        api_key=document[API_KEY_FIELD],
        webhook_secret=document[WEBHOOK_SECRET_FIELD].encode(),
    )


def refresh() -> ProcessorSecrets:
    load_processor_secrets.cache_clear()
    return load_processor_secrets()
