"""Fetches the images for the next newsletter issue from the print shop's manifest.

The print shop publishes a JSON manifest listing each image with its size and
SHA-256 checksum; files that do not match are refetched once and then skipped.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import requests

log = logging.getLogger("quiltguild.newsletter.assets")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


@dataclass(frozen=True)
class ManifestItem:
    asset_id: int
    url: str
    sha256: str
    size: int


class AssetFetcher:
    def __init__(self, manifest_url: str, dest: Path) -> None:
        self._manifest_url = manifest_url
        self._dest = dest
        self._http = requests.Session()

    def manifest(self) -> list[ManifestItem]:
        resp = self._http.get(self._manifest_url, timeout=20)
        resp.raise_for_status()
        return [
            ManifestItem(int(i["id"]), i["url"], i["sha256"].lower(), int(i["size"]))
            for i in resp.json()["assets"]
        ]

    def _download(self, item: ManifestItem) -> bytes:
        resp = self._http.get(item.url, timeout=60)
        resp.raise_for_status()
        return resp.content

    def fetch_all(self) -> list[Path]:
        self._dest.mkdir(parents=True, exist_ok=True)
        saved = []
        for item in self.manifest():
            for attempt in (1, 2):
                data = self._download(item)
                checksum = hashlib.sha256(data).hexdigest()
                if len(data) != item.size or checksum != item.sha256:
                    log.warning("asset %s checksum mismatch on attempt %d", item.asset_id, attempt)
                    continue
                suffix = Path(urlparse(item.url).path).suffix.lower()
                if suffix not in IMAGE_SUFFIXES:
                    suffix = ".bin"
                target = self._dest / f"asset-{item.asset_id}{suffix}"
                target.write_bytes(data)
                saved.append(target)
                break
        return saved


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    fetcher = AssetFetcher(
        os.environ["PRINT_SHOP_MANIFEST_URL"],
        Path(os.environ.get("NEWSLETTER_ASSET_DIR", "/var/lib/quiltguild/newsletter-assets")),
    )
    print(f"saved {len(fetcher.fetch_all())} assets")
