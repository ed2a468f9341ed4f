"""Resolve reader firmware manifests from the mirror configured in fleet.toml."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

import httpx

CONFIG_PATH = Path("/etc/vendops/fleet.toml")


@dataclass
class MirrorSettings:
    host: str
    port: int = 443

    @property
    def base_url(self) -> str:
        return f"https://{self.host}:{self.port}"


def load_mirror_settings(path: Path = CONFIG_PATH) -> MirrorSettings:
    with path.open("rb") as fh:
        cfg = tomllib.load(fh)
    mirror = cfg["firmware"]["mirror"]
    return MirrorSettings(host=mirror["host"], port=int(mirror.get("port", 443)))


def fetch_manifest(model: str, settings: MirrorSettings | None = None) -> dict:
    settings = settings or load_mirror_settings()
    with httpx.Client(base_url=settings.base_url, timeout=20.0) as client:
        resp = client.get(f"/readers/{model}/manifest.json")
        resp.raise_for_status()
        return resp.json()


def verify_image(data: bytes, expected_sha256: str) -> bool:
    return hashlib.sha256(data).hexdigest() == expected_sha256.lower()
