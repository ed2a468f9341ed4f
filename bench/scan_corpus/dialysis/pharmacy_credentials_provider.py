"""Credentials for the pharmacy ordering integrations.

EPO and iron orders go to two wholesalers. Their API credentials are
kept in AWS Secrets Manager and fetched at start-up; the secret names
come from the deployment environment.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass

import boto3


@dataclass(frozen=True)
class WholesalerCredential:
    account: str
    api_key: str


class PharmacySecrets:
    refresh_after_s = 900

    def __init__(self, region: str | None = None, client=None) -> None:
        self._client = client or boto3.client(
            "secretsmanager", region_name=region or os.environ.get("AWS_REGION", "eu-west-2")
        )
        self._cache: dict[str, tuple[float, WholesalerCredential]] = {}

    def _secret_id(self, wholesaler: str) -> str:
        return os.environ[f"PHARMACY_{wholesaler.upper()}_SECRET_ID"]

    def _load(self, wholesaler: str) -> WholesalerCredential:
        raw = self._client.get_secret_value(SecretId=self._secret_id(wholesaler))["SecretString"]
        data = json.loads(raw)
        return WholesalerCredential(account=data["account"], api_key=data["api_key"])

    def credential(self, wholesaler: str) -> WholesalerCredential:
        cached = self._cache.get(wholesaler)
        now = time.monotonic()
        if cached and now - cached[0] < self.refresh_after_s:
            return cached[1]
        cred = self._load(wholesaler)
        self._cache[wholesaler] = (now, cred)
        return cred

    def headers(self, wholesaler: str) -> dict[str, str]:
        cred = self.credential(wholesaler)
        return {"X-Api-Key": cred.api_key, "X-Account": cred.account}
