"""Ingest L0 product bundles delivered by partner ground stations."""
import logging
import tarfile
from pathlib import Path

import requests

log = logging.getLogger(__name__)


class BundleIngestor:
    def __init__(self, staging: Path, session: requests.Session | None = None):
        self.staging = staging
        self.http = session or requests.Session()

    def fetch(self, url: str, bundle_id: str) -> Path:
        dest = self.staging / f"{bundle_id}.tar.gz"
        with self.http.get(url, stream=True, timeout=60) as resp:
            resp.raise_for_status()
            with dest.open("wb") as fh:
                for chunk in resp.iter_content(1 << 20):
                    fh.write(chunk)
        return dest

    def unpack(self, archive: Path) -> Path:
        target = self.staging / archive.name.removesuffix(".tar.gz")
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, mode="r:gz") as tar:
            tar.extractall(path=target)
        log.info("unpacked %s into %s", archive.name, target)
        return target

    def ingest(self, manifest: dict) -> list[Path]:
        out = []
        for item in manifest["bundles"]:
            if not item["bundle_id"].isalnum():
                raise ValueError(f"bad bundle id {item['bundle_id']!r}")
            archive = self.fetch(item["url"], item["bundle_id"])
            out.append(self.unpack(archive))
            archive.unlink()
        return out
