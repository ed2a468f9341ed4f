"""Fetches credentials for the wholesaler stock feed from AWS Secrets Manager."""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass

import boto3


@dataclass(frozen=True)
class FeedCredentials:
    username: str
    password: str
    api_key: str


class CredentialProvider:
    secret_id = os.environ.get("STOCK_FEED_SECRET_ID", "ciderhouse/prod/stock-feed")
    ttl_seconds = 900

    def __init__(self, client=None) -> None:
        self._client = client or boto3.client("secretsmanager")
        self._cached: FeedCredentials | None = None
        self._fetched_at = 0.0

    def _load(self) -> FeedCredentials:
        resp = self._client.get_secret_value(SecretId=self.secret_id)
        data = json.loads(resp["SecretString"])
        return FeedCredentials(
            username=data["username"], password=data["password"], api_key=data["api_key"]
        )

    @property
    def credentials(self) -> FeedCredentials:
        if self._cached is None or time.monotonic() - self._fetched_at > self.ttl_seconds:
            self._cached = self._load()
            self._fetched_at = time.monotonic()
        return self._cached

    def auth_headers(self) -> dict[str, str]:
        creds = self.credentials
        return {"X-Api-Key": creds.api_key, "X-Feed-User": creds.username}

    def invalidate(self) -> None:
        self._cached = None
