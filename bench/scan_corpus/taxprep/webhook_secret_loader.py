"""Loads webhook signing secrets for bank-partner callbacks from AWS Secrets Manager."""
from __future__ import annotations

import json
import threading
import time

import boto3

_CACHE_TTL = 300


class WebhookSecrets:
    """Caches partner signing secrets; supports the partner's two-key rotation window."""

    def __init__(self, secret_id: str, region: str | None = None):
        self._secret_id = secret_id
        self._client = boto3.client("secretsmanager", region_name=region)
        self._lock = threading.Lock()
        self._loaded_at = 0.0
        self._keys: list[bytes] = []

    def _refresh(self) -> None:
        raw = self._client.get_secret_value(SecretId=self._secret_id)["SecretString"]
        doc = json.loads(raw)
        keys = [doc["current"]]
        if doc.get("previous"):
            keys.append(doc["previous"])
        self._keys = [k.encode() for k in keys]
        self._loaded_at = time.monotonic()

    def signing_keys(self) -> list[bytes]:
        with self._lock:
            if not self._keys or time.monotonic() - self._loaded_at > _CACHE_TTL:
                self._refresh()
            return list(self._keys)
