"""Resolve the cable monitoring API token from AWS Secrets Manager."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from typing import Any

import boto3
import httpx

CABLE_MONITOR_SECRET_ID = "prod/cable-monitor/api-token"
TOKEN_FIELD = "api_token"


@dataclass
class _CachedSecret:
    payload: dict[str, Any]
    fetched_at: float


class SecretResolver:
    """Fetches JSON secrets and keeps them for a short time to limit API calls."""

    def __init__(self, ttl_s: float = 300.0) -> None:
        self._sm = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION"))
        self._ttl = ttl_s
        self._cache: dict[str, _CachedSecret] = {}

    def get(self, secret_id: str) -> dict[str, Any]:
        hit = self._cache.get(secret_id)
        if hit and time.monotonic() - hit.fetched_at < self._ttl:
            return hit.payload
        resp = self._sm.get_secret_value(SecretId=secret_id)
        payload = json.loads(resp["SecretString"])
        self._cache[secret_id] = _CachedSecret(payload, time.monotonic())
        return payload


class CableMonitorSession:
    def __init__(self, resolver: SecretResolver | None = None) -> None:
        self._resolver = resolver or SecretResolver()

    def _client(self) -> httpx.Client:
        token = self._resolver.get(CABLE_MONITOR_SECRET_ID)[TOKEN_FIELD]
        return httpx.Client(
            base_url=os.environ["CABLE_MONITOR_URL"],
            headers={"X-Monitor-Token": token},
            timeout=10.0,
        )

    def strain_series(self, cable_id: str, hours: int = 24) -> list[dict[str, Any]]:
        with self._client() as client:
            resp = client.get(f"/cables/{cable_id}/strain", params={"hours": hours})
            resp.raise_for_status()
            return resp.json()["series"]
