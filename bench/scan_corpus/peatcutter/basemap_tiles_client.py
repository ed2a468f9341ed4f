"""Satellite basemaps for survey map PDFs.

Site survey packs and landowner agreement schedules include a satellite
basemap of the holding with the restoration units drawn on top. The
basemap image is fetched from Mapbox's static images API.
"""

import os
from dataclasses import dataclass

import requests

MAPBOX_STATIC = "https://api.mapbox.com/styles/v1/mapbox/satellite-v9/static"


@dataclass(frozen=True)
class BoundingBox:
    west: float
    south: float
    east: float
    north: float

    def as_path(self) -> str:
        return f"[{self.west:.5f},{self.south:.5f},{self.east:.5f},{self.north:.5f}]"


class BasemapClient:
    def __init__(self, token: str | None = None, session: requests.Session | None = None):
        self.token = token or os.environ["MAPBOX_ACCESS_TOKEN"]
        self.session = session or requests.Session()

    def holding_image(self, bbox: BoundingBox, width: int = 1024, height: int = 768, retina: bool = True) -> bytes:
        size = f"{width}x{height}{'@2x' if retina else ''}"
        url = f"{MAPBOX_STATIC}/{bbox.as_path()}/{size}"
        resp = self.session.get(
            url,
            params={"access_token": self.token, "attribution": "true", "logo": "false", "padding": "20"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.content

    def save_holding_image(self, bbox: BoundingBox, dest_path: str) -> int:
        data = self.holding_image(bbox)
        with open(dest_path, "wb") as fh:
            fh.write(data)
        return len(data)
