"""Runtime secrets for the bike-share operations backend.

Secret values live in AWS Secrets Manager; this module only knows their names.
"""
import json
import os
from functools import lru_cache

import boto3

API_KEY_HEADER = "X-Api-Key"
TOKEN_TTL_SECONDS = 3600
PASSWORD_MIN_LENGTH = 12

SECRET_IDS = {
    "payments": os.environ.get("BIKESHARE_PAYMENTS_SECRET_ID", "bikeshare/prod/payments"),
    "dock_fleet": os.environ.get("BIKESHARE_DOCK_SECRET_ID", "bikeshare/prod/dock-fleet"),
}


@lru_cache(maxsize=None)
def _secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    resp = client.get_secret_value(SecretId=SECRET_IDS[name])
    return json.loads(resp["SecretString"])


def payments_api_key() -> str:
    return _secret("payments")["api_key"]


def dock_fleet_password() -> str:
    return _secret("dock_fleet")["password"]
