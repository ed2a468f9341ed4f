"""Geocode customer addresses so new houses can be slotted into the right round."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Optional, Tuple

import requests

log = logging.getLogger("rounds.geocode")


@dataclass(frozen=True)
class GeocoderSettings:
    base_url: str
    api_key: str
    country: str = "GB"
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "GeocoderSettings":
        return cls(
            base_url=os.environ["GEOCODER_BASE_URL"],
            api_key=os.environ["GEOCODER_API_KEY"],
        )


class GeocodingClient:
    def __init__(self, settings: GeocoderSettings):
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = settings.api_key

    def locate(self, house: str, street: str, postcode: str) -> Optional[Tuple[float, float]]:
        resp = self._session.get(
            f"{self._settings.base_url}/v1/search",
            params={
                "q": f"{house} {street}",
                "postcode": postcode,
                "country": self._settings.country,
                "limit": 1,
            },
            timeout=self._settings.timeout,
        )
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        results = resp.json().get("results", [])
        if not results:
            log.info("No geocode match for %s", postcode)
            return None
        best = results[0]
        return float(best["lat"]), float(best["lng"])


def geocode_new_customers(engine) -> int:
    from sqlalchemy import text

    client = GeocodingClient(GeocoderSettings.from_env())
    updated = 0
    with engine.begin() as conn:
        rows = conn.execute(
            text("SELECT id, house, street, postcode FROM customers WHERE lat IS NULL LIMIT 200")
        ).all()
        for cid, house, street, postcode in rows:
            point = client.locate(house, street, postcode)
            if point is None:
                continue
            conn.execute(
                text("UPDATE customers SET lat = :lat, lng = :lng WHERE id = :id"),
                {"lat": point[0], "lng": point[1], "id": cid},
            )
            updated += 1
    return updated
