"""Client for the aggregates yard's stock and ordering API.

Checks stock of washed sharp sand, crushed chalk and brick dust before the
estimator commits a delivery date, then books the order against the site.
"""
import json
from dataclasses import dataclass, field
from functools import lru_cache

import boto3
import httpx

API_TOKEN_SECRET_ID = "pargeter/aggregate-supplier/api-token"


@lru_cache(maxsize=1)
def _load_api_token(secret_id: str = API_TOKEN_SECRET_ID) -> str:
    secrets_client = boto3.client("secretsmanager")
    value = secrets_client.get_secret_value(SecretId=secret_id)["SecretString"]
    return json.loads(value)["api_token"]


@dataclass
class AggregateConfig:
    base_url: str = "https://orders.aggregates-yard.co.uk/api"
    token_header: str = "X-Api-Token"
    api_token: str = field(default_factory=_load_api_token, repr=False)
    timeout: float = 15.0


class AggregateSupplierClient:
    def __init__(self, config: AggregateConfig | None = None):
        self.config = config or AggregateConfig()
        self._client = httpx.Client(
            base_url=self.config.base_url,
            headers={self.config.token_header: self.config.api_token},
            timeout=self.config.timeout,
        )

    def stock_level(self, product_code: str) -> float:
        resp = self._client.get(f"/stock/{product_code}")
        resp.raise_for_status()
        return float(resp.json()["tonnes_available"])

    def book_order(self, site_ref: str, product_code: str, tonnes: float, deliver_on: str) -> str:
        resp = self._client.post(
            "/orders",
            json={
                "site_reference": site_ref,
                "product": product_code,
                "tonnes": tonnes,
                "delivery_date": deliver_on,
            },
        )
        resp.raise_for_status()
        return resp.json()["order_number"]

    def close(self) -> None:
        self._client.close()
