"""Client for the produce auction's market price API.

Daily clock prices feed the harvest planning model. The API key is kept in
AWS Secrets Manager under MARKET_API_SECRET_ID.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from functools import cached_property

import boto3
import requests

API_KEY_HEADER = "X-Api-Key"
SECRET_ID_ENV = "MARKET_API_SECRET_ID"
DEFAULT_SECRET_ID = "ghops/prod/market-price-api"


class MarketPriceClient:
    def __init__(self, base_url: str, region: str | None = None):
        self._base = base_url.rstrip("/")
        self._region = region or os.environ.get("AWS_REGION", "eu-west-1")
        self._http = requests.Session()

    @cached_property
    def _api_key(self) -> str:
        sm = boto3.client("secretsmanager", region_name=self._region)
        secret = sm.get_secret_value(SecretId=os.environ.get(SECRET_ID_ENV, DEFAULT_SECRET_ID))
        return json.loads(secret["SecretString"])["api_key"]

    def clock_prices(self, product_code: str, day: dt.date) -> list[dict]:
        resp = self._http.get(
            f"{self._base}/v2/prices/{product_code}",
            params={"date": day.isoformat()},
            headers={API_KEY_HEADER: self._api_key},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["lots"]

    def weekly_average(self, product_code: str, end: dt.date) -> float:
        prices = []
        for offset in range(7):
            prices.extend(p["price_per_kg"] for p in self.clock_prices(product_code, end - dt.timedelta(days=offset)))
        return sum(prices) / len(prices) if prices else 0.0
