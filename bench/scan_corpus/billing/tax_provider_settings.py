"""Settings for the tax provider integration, loaded from the secrets manager."""
import json
import os
from functools import lru_cache

import boto3

SECRET_ID = os.environ.get("TAX_PROVIDER_SECRET_ID", "billing/tax-provider")
DEFAULT_REGION = "eu-west-1"
PLACEHOLDER_LICENSE = "<set in secrets manager>"


@lru_cache(maxsize=1)
def tax_provider_credentials() -> dict[str, str]:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", DEFAULT_REGION))
    payload = json.loads(client.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    if payload.get("license_key") in (None, "", PLACEHOLDER_LICENSE):
        raise RuntimeError("tax provider license key is not configured")
    return {"account_id": payload["account_id"], "license_key": payload["license_key"]}
