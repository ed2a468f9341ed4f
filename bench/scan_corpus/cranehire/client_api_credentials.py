"""Credentials for the outbound client integrations.

Some key accounts want lift confirmations pushed into their own site
management systems. Each integration's API key lives in AWS Secrets
Manager; only the secret's name and the header to send it in live here.
"""
import json
import os
import time
from dataclasses import dataclass
from typing import Dict, Tuple

import boto3
import requests

SECRET_PREFIX = "cranehire/client-integrations/"
API_KEY_HEADER = "X-Api-Key"
CACHE_TTL_S = 900


@dataclass(frozen=True)
class Integration:
    client_code: str
    endpoint: str

    @property
    def secret_name(self) -> str:
        return SECRET_PREFIX + self.client_code


class CredentialCache:
    def __init__(self, region: str = None) -> None:
        self._sm = boto3.client("secretsmanager", region_name=region or os.environ.get("AWS_REGION"))
        self._cache: Dict[str, Tuple[float, str]] = {}

    def api_key(self, integration: Integration) -> str:
        cached = self._cache.get(integration.secret_name)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        resp = self._sm.get_secret_value(SecretId=integration.secret_name)
        key = json.loads(resp["SecretString"])["api_key"]
        self._cache[integration.secret_name] = (time.monotonic() + CACHE_TTL_S, key)
        return key


def push_lift_confirmation(cache: CredentialCache, integration: Integration, lift: dict) -> None:
    resp = requests.post(
        integration.endpoint,
        json={
            "reference": lift["booking_ref"],
            "crane": lift["crane_model"],
            "date": lift["lift_date"],
            "operator": lift["operator_name"],
        },
        headers={API_KEY_HEADER: cache.api_key(integration)},
        timeout=20,
    )
    resp.raise_for_status()
