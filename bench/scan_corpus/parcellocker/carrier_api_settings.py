"""Per-carrier integration settings with secrets pulled from AWS Secrets Manager."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

API_KEY_HEADER = "X-Api-Key"
SECRET_NAME_TEMPLATE = "parcel-lockers/{env}/carriers/{carrier}"
TOKEN_TYPE = "Bearer"
DEFAULT_PASSWORD_POLICY = "carrier-integration-rotation-90d"


@dataclass(frozen=True)
class CarrierIntegration:
    carrier: str
    base_url: str
    api_key: str
    webhook_secret: str

    def auth_headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key}


@lru_cache(maxsize=None)
def _secrets_client():
    return boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-central-1"))


@lru_cache(maxsize=32)
def integration_for(carrier: str) -> CarrierIntegration:
    env = os.environ.get("DEPLOY_ENV", "staging")
    name = SECRET_NAME_TEMPLATE.format(env=env, carrier=carrier)
    raw = _secrets_client().get_secret_value(SecretId=name)["SecretString"]
    blob = json.loads(raw)
    return CarrierIntegration(
        carrier=carrier,
        base_url=blob["base_url"],
        api_key=blob["api_key"],
        webhook_secret=blob["webhook_secret"],
    )


def rotation_tags(carrier: str) -> list[dict[str, str]]:
    return [
        {"Key": "carrier", "Value": carrier},
        {"Key": "rotation-policy", "Value": DEFAULT_PASSWORD_POLICY},
    ]
