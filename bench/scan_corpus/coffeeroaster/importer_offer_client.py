"""Client for the green coffee importer's offer list API.

Pulls current spot and forward offers (origin, screen size, price per kg,
warehouse) so the buyer can compare them with the roastery's forecast.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("purchasing.importer")


@dataclass
class Offer:
    reference: str
    origin: str
    process: str
    price_per_kg: Decimal
    bags_available: int
    warehouse: str


class ImporterClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_token}",
                "Accept": "application/json",
                "User-Agent": "roastery-purchasing/2.3",
            }
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, dict(self.session.headers))
        response = self.session.get(url, params=params, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def offers(self, origin: str | None = None, spot_only: bool = False) -> list[Offer]:
        params = {"availability": "spot" if spot_only else "all"}
        if origin:
            params["origin"] = origin
        payload = self._get("/v2/offers", **params)
        return [
            Offer(
                reference=item["ref"],
                origin=item["origin"],
                process=item.get("process", "washed"),
                price_per_kg=Decimal(str(item["price_eur_kg"])),
                bags_available=int(item["bags"]),
                warehouse=item["warehouse"],
            )
            for item in payload.get("offers", [])
        ]

    def request_sample(self, reference: str, grams: int = 300) -> str:
        url = f"{self.base_url}/v2/offers/{reference}/samples"
        response = self.session.post(url, json={"grams": grams}, timeout=self.timeout)
        response.raise_for_status()
        sample_id = response.json()["sample_id"]
        log.info("requested %sg sample of %s (sample %s)", grams, reference, sample_id)
        return sample_id
