"""Thin SDK for the water authority's allocation lookup API.

Credentials are never stored in the repo: the API key is read from the
environment or, in production, from AWS Secrets Manager.
"""

from __future__ import annotations

import json
import os

import boto3
import requests

API_KEY_ENV = "WATER_AUTHORITY_API_KEY"
API_KEY_SECRET_ID_ENV = "WATER_AUTHORITY_SECRET_ID"
API_KEY_HEADER = "X-Api-Key"
DEFAULT_TIMEOUT = 15


def resolve_api_key() -> str:
    key = os.environ.get(API_KEY_ENV)
    if key:
        return key
    secret_id = os.environ[API_KEY_SECRET_ID_ENV]
    secret = boto3.client("secretsmanager").get_secret_value(SecretId=secret_id)
    return json.loads(secret["SecretString"])["api_key"]


class AllocationClient:
    def __init__(self, base_url: str, api_key: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = api_key or resolve_api_key()

    def allocation(self, right_number: str, year: int) -> float:
        resp = self._session.get(
            f"{self.base_url}/v1/rights/{right_number}/allocation",
            params={"year": year},
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        return float(resp.json()["allocationAcreFeet"])

    def curtailment_orders(self, district_code: str) -> list[dict]:
        resp = self._session.get(
            f"{self.base_url}/v1/districts/{district_code}/curtailments",
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json().get("orders", [])
