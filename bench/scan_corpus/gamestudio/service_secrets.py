"""Runtime secret loading for game backend services.

Secrets live in AWS Secrets Manager; locally they can be supplied through
environment variables named in ``ENV_FALLBACKS``.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from typing import Any

import boto3

log = logging.getLogger(__name__)

STORE_API_KEY_SECRET_ID = "prod/store/platform-api-key"
DB_PASSWORD_SECRET_ID = "prod/store/db-credentials"
WEBHOOK_SECRET_ID = "prod/payments/webhook-signing"

ENV_FALLBACKS = {
    STORE_API_KEY_SECRET_ID: "STORE_PLATFORM_API_KEY",
    DB_PASSWORD_SECRET_ID: "STORE_DB_PASSWORD",
    WEBHOOK_SECRET_ID: "PAYMENTS_WEBHOOK_SECRET",
}

CACHE_TTL_SECONDS = 300


class SecretCache:
    def __init__(self, client=None, ttl: float = CACHE_TTL_SECONDS):
        self._client = client
        self._ttl = ttl
        self._values: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def _sm(self):
        if self._client is None:
            self._client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION"))
        return self._client

    def _fetch(self, secret_id: str) -> Any:
        env_name = ENV_FALLBACKS.get(secret_id)
        if env_name and env_name in os.environ:
            return os.environ[env_name]
        raw = self._sm().get_secret_value(SecretId=secret_id)["SecretString"]
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return raw

    def get(self, secret_id: str) -> Any:
        with self._lock:
            cached = self._values.get(secret_id)
            if cached and time.monotonic() - cached[0] < self._ttl:
                return cached[1]
            value = self._fetch(secret_id)
            self._values[secret_id] = (time.monotonic(), value)
            log.info("loaded secret %s", secret_id)
            return value


secret_cache = SecretCache()
