"""Resolve bay controller endpoints from the site's provisioning manifest."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import httpx

MANIFEST_ENV = "SITE_MANIFEST"
STATUS_PATH = "/api/v2/cycle"


@dataclass(frozen=True)
class ControllerEndpoint:
    bay_id: str
    base_url: str

    @property
    def status_url(self) -> str:
        return f"{self.base_url.rstrip('/')}{STATUS_PATH}"


def _validated(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"controller url {url!r} is not usable")
    return url


def read_manifest(path: Path | None = None) -> Iterator[ControllerEndpoint]:
    manifest_path = path or Path(os.environ[MANIFEST_ENV])
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for bay in manifest["bays"]:
        yield ControllerEndpoint(bay_id=bay["id"], base_url=_validated(bay["controller_url"]))


class ControllerDirectory:
    def __init__(self, endpoints: list[ControllerEndpoint]) -> None:
        self._by_bay = {e.bay_id: e for e in endpoints}
        self._client = httpx.Client(timeout=3.0)

    @classmethod
    def from_manifest(cls) -> "ControllerDirectory":
        return cls(list(read_manifest()))

    def cycle(self, bay_id: str) -> str:
        endpoint = self._by_bay[bay_id]
        resp = self._client.get(endpoint.status_url)
        resp.raise_for_status()
        return resp.json().get("cycle", "unknown")

    def snapshot(self) -> dict[str, str]:
        result = {}
        for bay_id in self._by_bay:
            try:
                result[bay_id] = self.cycle(bay_id)
            except httpx.HTTPError:
                result[bay_id] = "offline"
        return result


if __name__ == "__main__":
    print(ControllerDirectory.from_manifest().snapshot())
