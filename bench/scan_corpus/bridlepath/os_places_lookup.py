"""Look up addresses and grid references for landowner records via OS Places API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

import requests

log = logging.getLogger("geo.os_places")

OS_PLACES_URL = "https://api.os.uk/search/places/v1/postcode"


@dataclass(frozen=True)
class Address:
    uprn: str
    line: str
    easting: float
    northing: float


class OsPlacesClient:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["OS_PLACES_API_KEY"]
        self.session = requests.Session()

    def by_postcode(self, postcode: str) -> list[Address]:
        resp = self.session.get(
            OS_PLACES_URL,
            params={"postcode": postcode.replace(" ", "").upper(), "output_srs": "EPSG:27700"},
            headers={"key": self.api_key},
            timeout=15,
        )
        if resp.status_code == 400:
            log.info("postcode %s not recognised by OS Places", postcode)
            return []
        resp.raise_for_status()
        results = resp.json().get("results", [])
        return [
            Address(
                uprn=r["DPA"]["UPRN"],
                line=r["DPA"]["ADDRESS"],
                easting=float(r["DPA"]["X_COORDINATE"]),
                northing=float(r["DPA"]["Y_COORDINATE"]),
            )
            for r in results
        ]


@lru_cache(maxsize=1)
def default_client() -> OsPlacesClient:
    return OsPlacesClient()


def enrich_landowner(landowner) -> None:
    """Fill in grid reference for a landowner's holding from their postcode."""
    matches = default_client().by_postcode(landowner.postcode)
    if matches:
        first = matches[0]
        landowner.easting, landowner.northing = first.easting, first.northing
        landowner.uprn = first.uprn
