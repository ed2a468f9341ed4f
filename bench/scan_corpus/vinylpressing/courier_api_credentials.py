"""Credentials and client for the courier's shipment booking API."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3
import requests

SECRET_ID = "vinylpressing/prod/courier-api"
COURIER_ACCOUNT = "VP-PLANT-01"


@dataclass(frozen=True)
class CourierCredentials:
    base_url: str
    client_id: str
    client_secret: str


@lru_cache(maxsize=1)
def load_credentials() -> CourierCredentials:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-central-1"))
    secret = json.loads(client.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    return CourierCredentials(
        base_url=secret["base_url"],
        client_id=secret["client_id"],
        client_secret=secret["client_secret"],
    )


class CourierClient:
    def __init__(self, creds: CourierCredentials | None = None) -> None:
        self._creds = creds or load_credentials()
        self._token: str | None = None

    def _access_token(self) -> str:
        if self._token is None:
            resp = requests.post(
                f"{self._creds.base_url}/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self._creds.client_id, self._creds.client_secret),
                timeout=15,
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return self._token

    def book_pallet(self, order_id: int, cartons: int, weight_kg: float, address: dict) -> str:
        resp = requests.post(
            f"{self._creds.base_url}/v2/shipments",
            json={
                "account": COURIER_ACCOUNT,
                "reference": f"ORDER-{order_id}",
                "packages": [{"type": "pallet", "cartons": cartons, "weight_kg": weight_kg}],
                "recipient": address,
            },
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["tracking_number"]
