"""Settings for outbound partner integrations.

Credentials are never stored here: they are loaded from AWS Secrets
Manager at start-up using the secret names below.
"""
import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

API_KEY_HEADER = "X-Loyalty-Api-Key"
TOKEN_PATH = "/oauth2/token"
SECRET_NAME_PREFIX = "loyalty/integrations/"
PASSWORD_GRANT_ENABLED = False
DEFAULT_TIMEOUT_S = 15


@dataclass(frozen=True)
class PartnerCredentials:
    base_url: str
    client_id: str
    client_secret: str
    api_key: str


@lru_cache(maxsize=None)
def _secrets_client():
    return boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


@lru_cache(maxsize=64)
def partner_credentials(partner_code: str) -> PartnerCredentials:
    secret_id = f"{SECRET_NAME_PREFIX}{partner_code}"
    raw = _secrets_client().get_secret_value(SecretId=secret_id)["SecretString"]
    data = json.loads(raw)
    return PartnerCredentials(
        base_url=data["base_url"],
        client_id=data["client_id"],
        client_secret=data["client_secret"],
        api_key=data["api_key"],
    )


def auth_headers(partner_code: str) -> dict[str, str]:
    return {API_KEY_HEADER: partner_credentials(partner_code).api_key}
