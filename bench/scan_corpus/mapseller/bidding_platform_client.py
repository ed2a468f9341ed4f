"""Client for the online bidding platform that hosts our live auctions."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("mapseller.lotstream")


@dataclass
class LotstreamConfig:
    token: str
    base_url: str = "https://api.lotstream.io/v2"
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "LotstreamConfig":
        return cls(
            token=os.environ["LOTSTREAM_TOKEN"],
            base_url=os.environ.get("LOTSTREAM_URL", cls.base_url),
        )


class LotstreamClient:
    def __init__(self, config: LotstreamConfig):
        self.config = config
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {config.token}", "Accept": "application/json"}
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        log.debug("%s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=self.config.timeout, **kwargs)
        if resp.status_code >= 400:
            log.error("lotstream %s %s failed: %s %s", method, path, resp.status_code, resp.text[:300])
        resp.raise_for_status()
        return resp.json()

    def create_sale(self, title: str, starts_at: str, currency: str = "GBP") -> str:
        data = self._request(
            "POST", "/sales", json={"title": title, "starts_at": starts_at, "currency": currency}
        )
        return data["id"]

    def upload_lot(self, sale_id: str, lot_no: int, title: str, description: str,
                   estimate: tuple[Decimal, Decimal], image_urls: list[str]) -> dict:
        return self._request(
            "POST",
            f"/sales/{sale_id}/lots",
            json={
                "lot_number": lot_no,
                "title": title,
                "description": description,
                "estimate_low": str(estimate[0]),
                "estimate_high": str(estimate[1]),
                "images": image_urls,
            },
        )

    def results(self, sale_id: str) -> list[dict]:
        return self._request("GET", f"/sales/{sale_id}/results")["lots"]
