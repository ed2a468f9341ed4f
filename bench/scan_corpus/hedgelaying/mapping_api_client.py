"""Client for the mapping API used to measure hedge runs for quotes.

The estimator draws a hedge line on the field map; the client fetches
field boundaries and measures line lengths so the quote can be priced
per metre. The API key is read from the environment and sent only to the
mapping service it belongs to.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class MappingConfig:
    base_url: str
    api_key: str

    @classmethod
    def from_env(cls) -> "MappingConfig":
        return cls(
            base_url=os.environ.get("MAPPING_API_URL", "https://api.example-maps.co.uk/v1"),
            api_key=os.environ["MAPPING_API_KEY"],
        )


class MappingClient:
    def __init__(self, config: MappingConfig | None = None) -> None:
        self.config = config or MappingConfig.from_env()
        self._http = httpx.Client(
            base_url=self.config.base_url,
            headers={"key": self.config.api_key},
            timeout=15.0,
        )

    def field_boundary(self, parcel_id: str) -> dict:
        resp = self._http.get(f"/parcels/{parcel_id}", params={"srs": "EPSG:27700"})
        resp.raise_for_status()
        return resp.json()

    def line_length_m(self, coordinates: list[tuple[float, float]]) -> float:
        resp = self._http.post(
            "/measure/length",
            json={"type": "LineString", "coordinates": coordinates, "srs": "EPSG:27700"},
        )
        resp.raise_for_status()
        return float(resp.json()["length_m"])

    def hedge_quote_metres(self, parcel_id: str, lines: list[list[tuple[float, float]]]) -> float:
        self.field_boundary(parcel_id)
        return round(sum(self.line_length_m(line) for line in lines), 1)

    def close(self) -> None:
        self._http.close()
