"""Install the point-of-sale marketing pack on retailer display screens.

Marketing publishes a tarball of posters, jackpot banners and videos per
campaign; the display agent on each shop screen downloads and unpacks it
into its content directory.
"""
from __future__ import annotations

import hashlib
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path

import httpx


@dataclass(frozen=True)
class CampaignPack:
    campaign_id: str
    url: str
    sha256: str


class PackInstaller:
    extraction_filter = "data"

    def __init__(self, content_root: Path, client: httpx.Client | None = None) -> None:
        self.content_root = content_root
        self._client = client or httpx.Client(timeout=120, verify=os.environ.get("SSL_CERT_FILE", True))

    def _download(self, pack: CampaignPack, dest: Path) -> Path:
        digest = hashlib.sha256()
        with self._client.stream("GET", pack.url) as response, dest.open("wb") as out:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != pack.sha256:
            dest.unlink()
            raise ValueError(f"checksum mismatch for campaign {pack.campaign_id}")
        return dest

    def install(self, pack: CampaignPack) -> Path:
        target = self.content_root / pack.campaign_id
        target.mkdir(parents=True, exist_ok=True)
        archive_path = self._download(pack, self.content_root / f"{pack.campaign_id}.tar.gz")
        with tarfile.open(archive_path, "r:gz") as archive:
            archive.extractall(path=target, filter=self.extraction_filter)
        archive_path.unlink()
        return target
