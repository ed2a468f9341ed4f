"""Client for the header-bidding vendor's floor-price and reporting API."""
import json
import logging
import os
from functools import lru_cache

import boto3
import requests

log = logging.getLogger(__name__)

API_KEY_HEADER = "X-Api-Key"
SECRET_ID = os.environ.get("HB_SECRET_ID", "prod/adtech/header-bidding")


@lru_cache(maxsize=1)
def _credentials() -> dict:
    sm = boto3.client("secretsmanager")
    return json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])


class HeaderBiddingClient:
    def __init__(self, base_url: str | None = None, timeout: float = 15.0):
        creds = _credentials()
        self.base_url = (base_url or os.environ["HB_API_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers[API_KEY_HEADER] = creds["api_key"]

    def set_floor(self, ad_unit: str, floor_cpm: float) -> None:
        resp = self.session.put(
            f"{self.base_url}/floors/{ad_unit}", json={"cpm": round(floor_cpm, 2)}, timeout=self.timeout
        )
        resp.raise_for_status()
        log.info("floor for %s set to %.2f", ad_unit, floor_cpm)

    def bid_landscape(self, ad_unit: str) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/reports/landscape", params={"unit": ad_unit}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["buckets"]
