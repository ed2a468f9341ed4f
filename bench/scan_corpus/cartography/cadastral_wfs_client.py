"""Client for the land registry's cadastral WFS.

Parcel boundaries are pulled as GeoJSON for client project areas.  The
registry's service uses a certificate from the government's private CA,
so the session trusts that CA bundle rather than the default store.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WfsSettings:
    endpoint: str
    ca_bundle: str
    type_name: str = "cp:CadastralParcel"
    page_size: int = 1000
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "WfsSettings":
        return cls(
            endpoint=os.environ["CADASTRE_WFS_URL"],
            ca_bundle=os.environ.get("CADASTRE_CA_BUNDLE", "/etc/ssl/certs/gov-root-ca.pem"),
        )


class CadastralWfsClient:
    def __init__(self, settings: WfsSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers["User-Agent"] = "mapstudio-cadastre/2.3"

    def _page(self, bbox: tuple[float, float, float, float], start: int) -> dict:
        params = {
            "service": "WFS",
            "version": "2.0.0",
            "request": "GetFeature",
            "typeNames": self.settings.type_name,
            "outputFormat": "application/json",
            "srsName": "EPSG:4326",
            "bbox": ",".join(str(v) for v in bbox) + ",EPSG:4326",
            "count": self.settings.page_size,
            "startIndex": start,
        }
        resp = self.session.get(self.settings.endpoint, params=params, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def parcels(self, bbox: tuple[float, float, float, float]) -> list[dict]:
        features: list[dict] = []
        start = 0
        while True:
            page = self._page(bbox, start)
            batch = page.get("features", [])
            features.extend(batch)
            if len(batch) < self.settings.page_size:
                break
            start += len(batch)
        log.info("fetched %d parcels for bbox %s", len(features), bbox)
        return features
