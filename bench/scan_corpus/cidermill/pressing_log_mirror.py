"""Mirrors the pressing log to the co-op's shared reporting service.

Uses the service's ETag so unchanged logs are not uploaded again.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MirrorConfig:
    base_url: str
    api_token: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "MirrorConfig":
        return cls(
            base_url=os.environ["COOP_REPORTING_URL"].rstrip("/"),
            api_token=os.environ["COOP_REPORTING_TOKEN"],
            ca_bundle=os.environ.get("COOP_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


def local_etag(entries: list[dict]) -> str:
    canonical = json.dumps(entries, sort_keys=True, separators=(",", ":")).encode()
    return '"' + hashlib.sha256(canonical).hexdigest() + '"'


class PressingLogMirror:
    def __init__(self, cfg: MirrorConfig):
        self._cfg = cfg
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {cfg.api_token}"
        self._http.verify = cfg.ca_bundle

    def _url(self, season: int) -> str:
        return f"{self._cfg.base_url}/mills/pressing-logs/{season}"

    def sync(self, season: int, entries: list[dict]) -> bool:
        etag = local_etag(entries)
        head = self._http.head(self._url(season), timeout=15)
        if head.status_code == 200 and head.headers.get("ETag") == etag:
            log.info("season %s pressing log unchanged, skipping upload", season)
            return False
        resp = self._http.put(
            self._url(season),
            json={"season": season, "entries": entries},
            timeout=60,
        )
        resp.raise_for_status()
        log.info("season %s pressing log mirrored (%d entries)", season, len(entries))
        return True
