"""Fetch credentials for the supplier EDI SFTP drop from AWS Secrets Manager.

The batch-material suppliers pick up our purchase orders from an SFTP drop
hosted by the EDI provider.  The login is rotated by the provider and kept
in Secrets Manager under a fixed secret name.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3

SECRET_NAME = "glassworks/edi/sftp-drop"
REGION = os.environ.get("AWS_REGION", "eu-central-1")


@dataclass(frozen=True)
class SftpCredentials:
    host: str
    port: int
    username: str
    password: str

    def __repr__(self) -> str:
        return f"SftpCredentials(host={self.host!r}, port={self.port}, username={self.username!r})"


@lru_cache(maxsize=1)
def _client():
    return boto3.client("secretsmanager", region_name=REGION)


def load_credentials(secret_name: str = SECRET_NAME) -> SftpCredentials:
    response = _client().get_secret_value(SecretId=secret_name)
    payload = json.loads(response["SecretString"])
    return SftpCredentials(
        host=payload["host"],
        port=int(payload.get("port", 22)),
        username=payload["username"],
        password=payload["password"],
    )


def refresh() -> SftpCredentials:
    _client.cache_clear()
    return load_credentials()
