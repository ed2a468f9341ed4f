"""Payment gateway settings for online ordering, loaded from AWS Secrets Manager."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

API_KEY_HEADER = "X-Gateway-Api-Key"
SECRET_ID_ENV = "PAYMENT_GATEWAY_SECRET_ID"
PASSWORD_FIELD = "merchant_password"


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    merchant_id: str
    api_key: str
    webhook_secret: str
    merchant_password: str

    def auth_headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, "X-Merchant-Id": self.merchant_id}

    def __repr__(self) -> str:
        return f"GatewayConfig(base_url={self.base_url!r}, merchant_id={self.merchant_id!r})"


@lru_cache(maxsize=1)
def load_gateway_config() -> GatewayConfig:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    secret = json.loads(client.get_secret_value(SecretId=os.environ[SECRET_ID_ENV])["SecretString"])
    return GatewayConfig(
        base_url=os.environ["PAYMENT_GATEWAY_URL"],
        merchant_id=secret["merchant_id"],
        api_key=secret["api_key"],
        webhook_secret=secret["webhook_secret"],
        merchant_password=secret[PASSWORD_FIELD],
    )
