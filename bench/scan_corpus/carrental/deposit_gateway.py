"""Credentials and client factory for the card deposit gateway."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3
import requests

SECRET_ID_ENV = "DEPOSIT_GATEWAY_SECRET_ID"
DEFAULT_SECRET_ID = "prod/payments/deposit-gateway"


@dataclass(frozen=True)
class GatewayCredentials:
    merchant_account: str
    api_key: str
    base_url: str

    def __repr__(self) -> str:
        return f"GatewayCredentials(merchant_account={self.merchant_account!r}, api_key=***)"


@lru_cache(maxsize=1)
def load_credentials() -> GatewayCredentials:
    secret_id = os.environ.get(SECRET_ID_ENV, DEFAULT_SECRET_ID)
    client = boto3.client("secretsmanager")
    payload = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    return GatewayCredentials(
        merchant_account=payload["merchant_account"],
        api_key=payload["api_key"],
        base_url=payload["base_url"].rstrip("/"),
    )


def gateway_session() -> tuple[requests.Session, GatewayCredentials]:
    creds = load_credentials()
    session = requests.Session()
    session.headers.update({"X-API-Key": creds.api_key, "Content-Type": "application/json"})
    return session, creds
