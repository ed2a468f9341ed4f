"""Configuration for the partner LIMS and sequence hub integrations.

Secrets live in AWS Secrets Manager; this module only holds the names under
which they are stored and resolves them at startup.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

SECRETS_REGION = os.environ.get("AWS_REGION", "us-east-1")
LIMS_PASSWORD_SECRET_ID = "genomics/prod/partner-lims/password"
HUB_TOKEN_SECRET_ID = "genomics/prod/sequence-hub/access-token"
TOKEN_HEADER = "x-access-token"


@lru_cache(maxsize=None)
def _secret(secret_id: str) -> str:
    client = boto3.client("secretsmanager", region_name=SECRETS_REGION)
    value = client.get_secret_value(SecretId=secret_id)["SecretString"]
    try:
        return json.loads(value)["value"]
    except (ValueError, KeyError, TypeError):
        return value


@dataclass(frozen=True)
class IntegrationConfig:
    lims_url: str
    lims_username: str
    lims_password: str
    hub_url: str
    hub_token: str

    def hub_headers(self) -> dict[str, str]:
        return {TOKEN_HEADER: self.hub_token}


def load() -> IntegrationConfig:
    return IntegrationConfig(
        lims_url=os.environ["PARTNER_LIMS_URL"],
        lims_username=os.environ.get("PARTNER_LIMS_USER", "genomics-svc"),
        lims_password=_secret(LIMS_PASSWORD_SECRET_ID),
        hub_url=os.environ["SEQUENCE_HUB_URL"],
        hub_token=_secret(HUB_TOKEN_SECRET_ID),
    )
