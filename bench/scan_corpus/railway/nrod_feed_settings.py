"""Settings for the rail data feed integrations (movements, TD, schedule).

Credentials come from AWS Secrets Manager in deployed environments and from
environment variables on developer machines.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

SECRET_ID_ENV = "FEEDS_SECRET_ID"
USERNAME_ENV = "FEEDS_USERNAME"
PASSWORD_ENV = "FEEDS_PASSWORD"
DEFAULT_TOPICS = ("TRAIN_MVT_ALL_TOC", "TD_ALL_SIG_AREA", "VSTP_ALL")


@dataclass(frozen=True)
class FeedSettings:
    stomp_host: str
    stomp_port: int
    username: str
    password: str
    topics: tuple[str, ...] = DEFAULT_TOPICS

    def __repr__(self) -> str:
        return f"FeedSettings(host={self.stomp_host!r}, port={self.stomp_port}, user={self.username!r})"


def _from_secrets_manager(secret_id: str) -> dict:
    client = boto3.client("secretsmanager")
    return json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])


@lru_cache(maxsize=1)
def feed_settings() -> FeedSettings:
    secret_id = os.environ.get(SECRET_ID_ENV)
    if secret_id:
        creds = _from_secrets_manager(secret_id)
        username, password = creds["username"], creds["password"]
    else:
        username, password = os.environ[USERNAME_ENV], os.environ[PASSWORD_ENV]
    return FeedSettings(
        stomp_host=os.environ["FEEDS_STOMP_HOST"],
        stomp_port=int(os.environ.get("FEEDS_STOMP_PORT", "61618")),
        username=username,
        password=password,
    )
