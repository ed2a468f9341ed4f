"""Credentials for the parcel courier API used by dispatch.

The courier account key and password are kept in AWS Secrets Manager and
fetched at start-up; they are cached in memory for a short time only.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass

import boto3
import requests

SECRET_ID = os.environ.get("COURIER_SECRET_ID", "prod/dispatch/courier-api")
CACHE_TTL_S = 900


@dataclass(frozen=True)
class CourierCredentials:
    account_number: str
    api_key: str
    api_password: str


class CredentialProvider:
    def __init__(self, region: str | None = None) -> None:
        self._client = boto3.client("secretsmanager", region_name=region or os.environ.get("AWS_REGION"))
        self._cached: CourierCredentials | None = None
        self._fetched_at = 0.0

    def get(self) -> CourierCredentials:
        if self._cached is None or time.monotonic() - self._fetched_at > CACHE_TTL_S:
            raw = self._client.get_secret_value(SecretId=SECRET_ID)["SecretString"]
            data = json.loads(raw)
            self._cached = CourierCredentials(
                account_number=data["account_number"],
                api_key=data["api_key"],
                api_password=data["api_password"],
            )
            self._fetched_at = time.monotonic()
        return self._cached


def book_collection(provider: CredentialProvider, parcels: int, ready_at: str) -> str:
    creds = provider.get()
    resp = requests.post(
        f"{os.environ['COURIER_API_URL']}/collections",
        auth=(creds.api_key, creds.api_password),
        json={"account": creds.account_number, "parcels": parcels, "ready_at": ready_at},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["collection_id"]
