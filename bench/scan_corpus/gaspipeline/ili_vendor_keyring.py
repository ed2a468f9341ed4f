"""Resolve the ILI vendor portal API key from AWS Secrets Manager with a short cache."""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass

import boto3

log = logging.getLogger("ili.keyring")

SECRET_ID = os.environ.get("ILI_API_SECRET_ID", "integrity/ili-vendor/api-key")


@dataclass
class _CachedKey:
    value: str
    fetched_at: float


class VendorKeyring:
    def __init__(self, secret_id: str = SECRET_ID, ttl_s: int = 900) -> None:
        self.secret_id = secret_id
        self.ttl_s = ttl_s
        self._client = boto3.client("secretsmanager")
        self._cached: _CachedKey | None = None

    def _fetch(self) -> str:
        resp = self._client.get_secret_value(SecretId=self.secret_id)
        doc = json.loads(resp["SecretString"])
        return doc["api_key"]

    def api_key(self) -> str:
        now = time.monotonic()
        if self._cached is None or now - self._cached.fetched_at > self.ttl_s:
            self._cached = _CachedKey(self._fetch(), now)
            log.info("refreshed ILI vendor key from %s", self.secret_id)
        return self._cached.value

    def headers(self) -> dict[str, str]:
        return {
            "Accept": "application/json",
            "X-Client": "gaspipe-integrity/2.3",
            "X-Api-Key": self.api_key(),
        }
