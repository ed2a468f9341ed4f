"""Client for the network video recorder that stores the park's CCTV footage."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

import requests
import urllib3

log = logging.getLogger("cctv.nvr")


@dataclass
class NvrSettings:
    base_url: str = os.environ.get("NVR_BASE_URL", "https://nvr.office.rampworks.internal")
    username: str = os.environ.get("NVR_USER", "archiver")
    password: str = os.environ.get("NVR_PASSWORD", "")
    timeout: float = 15.0


class NvrClient:
    def __init__(self, settings: NvrSettings | None = None) -> None:
        self.settings = settings or NvrSettings()
        self.session = requests.Session()
        self.session.auth = (self.settings.username, self.settings.password)
        self.session.verify = False
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    def _get(self, path: str, **params) -> requests.Response:
        resp = self.session.get(
            f"{self.settings.base_url}{path}", params=params, timeout=self.settings.timeout
        )
        resp.raise_for_status()
        return resp

    def cameras(self) -> list[dict]:
        return self._get("/api/v1/cameras").json()["cameras"]

    def recordings(self, camera_id: str, start: datetime, end: datetime) -> list[dict]:
        data = self._get(
            f"/api/v1/cameras/{camera_id}/recordings",
            start=start.isoformat(),
            end=end.isoformat(),
        ).json()
        return data.get("recordings", [])

    def stream_clip(self, recording_id: str, chunk_size: int = 1 << 20) -> Iterator[bytes]:
        url = f"{self.settings.base_url}/api/v1/recordings/{recording_id}/download"
        with self.session.get(url, stream=True, timeout=self.settings.timeout) as resp:
            resp.raise_for_status()
            yield from resp.iter_content(chunk_size=chunk_size)

    def save_clip(self, recording_id: str, dest_path: str) -> int:
        written = 0
        with open(dest_path, "wb") as fh:
            for chunk in self.stream_clip(recording_id):
                fh.write(chunk)
                written += len(chunk)
        log.info("saved recording %s (%d bytes)", recording_id, written)
        return written
