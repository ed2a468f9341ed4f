"""Client for the arena's network video recorder: pulls clip exports for finished sessions."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

log = logging.getLogger("laserquest.nvr")


@dataclass(frozen=True)
class NvrSettings:
    base_url: str
    username: str
    password: str = field(repr=False)
    ca_bundle: str = "/etc/laserquest/nvr-ca.pem"

    @classmethod
    def from_env(cls) -> "NvrSettings":
        return cls(
            base_url=os.environ["NVR_BASE_URL"].rstrip("/"),
            username=os.environ["NVR_USERNAME"],
            password=os.environ["NVR_PASSWORD"],
            ca_bundle=os.environ.get("NVR_CA_BUNDLE", "/etc/laserquest/nvr-ca.pem"),
        )


class NvrClient:
    def __init__(self, settings: NvrSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._http.auth = HTTPDigestAuth(settings.username, settings.password)
        self._http.verify = settings.ca_bundle
        log.info("NVR client for %s as user %s", settings.base_url, settings.username)

    def export_clip(self, channel: int, start: datetime, end: datetime, dest: Path) -> Path:
        resp = self._http.get(
            f"{self._settings.base_url}/ISAPI/ContentMgmt/download",
            params={
                "channel": channel,
                "start": start.strftime("%Y%m%dT%H%M%SZ"),
                "end": end.strftime("%Y%m%dT%H%M%SZ"),
            },
            stream=True,
            timeout=60,
        )
        if resp.status_code == 401:
            raise PermissionError(f"NVR rejected credentials for user {self._settings.username}")
        resp.raise_for_status()
        dest.parent.mkdir(parents=True, exist_ok=True)
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=256 * 1024):
                fh.write(chunk)
        log.info("exported channel %d %s-%s to %s", channel, start, end, dest)
        return dest

    def channels(self) -> list[dict]:
        resp = self._http.get(f"{self._settings.base_url}/ISAPI/Streaming/channels", timeout=10)
        resp.raise_for_status()
        return resp.json().get("channels", [])
