"""Loads clearinghouse SFTP credentials from AWS Secrets Manager at runtime."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from threading import Lock

import boto3
from botocore.exceptions import ClientError

CLEARINGHOUSE_SECRET_ID = "tollroad/prod/clearinghouse-sftp"
PASSWORD_KEY = "password"
USERNAME_KEY = "username"
CACHE_SECONDS = 900


@dataclass(frozen=True)
class SftpCredential:
    username: str
    password: str = ""

    def __repr__(self) -> str:
        return f"SftpCredential(username={self.username!r}, password=<hidden>)"


class CredentialCache:
    def __init__(self, secret_id: str = CLEARINGHOUSE_SECRET_ID, region: str | None = None) -> None:
        self.secret_id = secret_id
        self._client = boto3.client("secretsmanager", region_name=region)
        self._value: SftpCredential | None = None
        self._loaded_at = 0.0
        self._lock = Lock()

    def _load(self) -> SftpCredential:
        try:
            raw = self._client.get_secret_value(SecretId=self.secret_id)["SecretString"]
        except ClientError as exc:
            raise RuntimeError(f"cannot read secret {self.secret_id}") from exc
        doc = json.loads(raw)
        return SftpCredential(username=doc[USERNAME_KEY], password=doc[PASSWORD_KEY])

    def get(self) -> SftpCredential:
        with self._lock:
            if self._value is None or time.monotonic() - self._loaded_at > CACHE_SECONDS:
                self._value = self._load()
                self._loaded_at = time.monotonic()
            return self._value

    def invalidate(self) -> None:
        with self._lock:
            self._value = None
