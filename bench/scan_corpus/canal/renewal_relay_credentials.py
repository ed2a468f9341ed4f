"""Fetches SMTP relay credentials for licence renewal mail from Secrets Manager."""
from __future__ import annotations

import functools
import json
import smtplib
import ssl
from typing import NamedTuple

import boto3

RELAY_SECRET_ID = "canal-trust/licensing/smtp-relay"
REGION = "eu-west-2"


class RelayCredentials(NamedTuple):
    host: str
    port: int
    username: str
    password: str


@functools.lru_cache(maxsize=1)
def relay_credentials(secret_id: str = RELAY_SECRET_ID) -> RelayCredentials:
    client = boto3.client("secretsmanager", region_name=REGION)
    raw = client.get_secret_value(SecretId=secret_id)["SecretString"]
    data = json.loads(raw)
    return RelayCredentials(
        host=data["host"],
        port=int(data.get("port", 587)),
        username=data["username"],
        password=data["password"],
    )


class RelayConnection:
    def __init__(self, creds: RelayCredentials | None = None) -> None:
        self.creds = creds or relay_credentials()
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> smtplib.SMTP:
        self._smtp = smtplib.SMTP(self.creds.host, self.creds.port, timeout=30)
        self._smtp.starttls(context=ssl.create_default_context())
        self._smtp.login(self.creds.username, self.creds.password)
        return self._smtp

    def __exit__(self, *exc) -> None:
        if self._smtp is not None:
            self._smtp.quit()
            self._smtp = None


def refresh() -> None:
    relay_credentials.cache_clear()
