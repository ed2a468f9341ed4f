"""Client for the commercial DEM provider used by orthorectification."""
from __future__ import annotations

import os
from pathlib import Path

import requests

API_KEY_ENV = "DEM_PROVIDER_API_KEY"
API_KEY_HEADER = "X-Api-Key"
DEFAULT_PRODUCT = "dsm_30m"


class DemClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["DEM_PROVIDER_URL"]).rstrip("/")
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self.session = requests.Session()
        self.session.headers[API_KEY_HEADER] = key

    def tile_for(self, lat: float, lon: float, product: str = DEFAULT_PRODUCT) -> dict:
        resp = self.session.get(
            f"{self.base_url}/v1/tiles",
            params={"lat": lat, "lon": lon, "product": product},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()

    def download_tile(self, tile_id: str, dest_dir: Path) -> Path:
        if not tile_id.replace("_", "").isalnum():
            raise ValueError(f"unexpected tile id {tile_id!r}")
        out = dest_dir / f"{tile_id}.tif"
        with self.session.get(f"{self.base_url}/v1/tiles/{tile_id}/data", stream=True, timeout=120) as r:
            r.raise_for_status()
            with out.open("wb") as fh:
                for chunk in r.iter_content(1 << 20):
                    fh.write(chunk)
        return out
