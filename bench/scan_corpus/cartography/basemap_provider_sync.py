"""Nightly sync of basemap style sheets and sprites from upstream providers.

The studio mirrors the vector basemap styles it licenses so that tile
rendering jobs never depend on the provider being reachable.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import requests

log = logging.getLogger(__name__)


@dataclass
class ProviderSettings:
    base_url: str
    api_key_env: str = "BASEMAP_PROVIDER_KEY"
    styles: list[str] = field(default_factory=lambda: ["streets", "terrain", "light"])
    timeout: float = 20.0
    verify_tls: bool = False


class BasemapProviderSync:
    def __init__(self, settings: ProviderSettings, mirror_root: Path):
        self.settings = settings
        self.mirror_root = mirror_root
        self.session = requests.Session()
        self.session.verify = settings.verify_tls
        self.session.headers["Authorization"] = f"Bearer {os.environ[settings.api_key_env]}"

    def _get(self, path: str) -> requests.Response:
        url = f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"
        resp = self.session.get(url, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp

    def sync_style(self, style: str) -> Path:
        target = self.mirror_root / style
        target.mkdir(parents=True, exist_ok=True)
        style_doc = self._get(f"styles/{style}/style.json")
        (target / "style.json").write_bytes(style_doc.content)
        for suffix in ("sprite.json", "sprite.png", "sprite@2x.json", "sprite@2x.png"):
            asset = self._get(f"styles/{style}/{suffix}")
            (target / suffix).write_bytes(asset.content)
        log.info("mirrored style %s into %s", style, target)
        return target

    def run(self) -> list[Path]:
        synced = []
        for style in self.settings.styles:
            try:
                synced.append(self.sync_style(style))
            except requests.RequestException as exc:
                log.warning("could not sync style %s: %s", style, exc)
        return synced


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    settings = ProviderSettings(base_url=os.environ["BASEMAP_PROVIDER_URL"])
    BasemapProviderSync(settings, Path(os.environ.get("BASEMAP_MIRROR", "/srv/basemaps"))).run()
