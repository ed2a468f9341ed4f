"""Client for the van telematics provider (positions and ETA for route tracking)."""
from __future__ import annotations

import json
import os
from functools import lru_cache

import boto3
import requests


@lru_cache(maxsize=1)
def _credentials() -> dict:
    secret_id = os.environ.get("TELEMATICS_SECRET_ID", "bakery/telematics/api")
    resp = boto3.client("secretsmanager").get_secret_value(SecretId=secret_id)
    return json.loads(resp["SecretString"])


class TelematicsClient:
    def __init__(self, base_url: str | None = None, timeout: float = 10.0):
        creds = _credentials()
        self.base_url = (base_url or creds["base_url"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {creds['api_key']}"

    def vehicle_positions(self, fleet_id: str) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/v1/fleets/{fleet_id}/positions", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["vehicles"]

    def eta(self, vehicle_id: str, lat: float, lon: float) -> int:
        resp = self.session.post(
            f"{self.base_url}/v1/vehicles/{vehicle_id}/eta",
            json={"destination": {"lat": lat, "lon": lon}},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return int(resp.json()["eta_seconds"])
