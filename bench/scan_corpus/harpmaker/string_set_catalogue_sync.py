"""Pulls the string maker's published catalogue and refreshes our local string-set prices."""
from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

log = logging.getLogger("harpmaker.catalogue_sync")


@dataclass(frozen=True)
class SyncSettings:
    catalogue_url: str
    checksum_url: str
    cache_dir: Path

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            catalogue_url=os.environ["STRING_CATALOGUE_URL"],
            checksum_url=os.environ["STRING_CATALOGUE_SHA256_URL"],
            cache_dir=Path(os.environ.get("CATALOGUE_CACHE", "/var/cache/harpmaker")),
        )


class CatalogueSync:
    def __init__(self, cfg: SyncSettings, client: httpx.Client | None = None) -> None:
        self.cfg = cfg
        self.client = client or httpx.Client(timeout=20.0, follow_redirects=True)
        self.cfg.cache_dir.mkdir(parents=True, exist_ok=True)
        self._etag_file = self.cfg.cache_dir / "catalogue.etag"

    def _previous_etag(self) -> str | None:
        return self._etag_file.read_text().strip() if self._etag_file.exists() else None

    def fetch(self) -> bytes | None:
        headers = {}
        previous = self._previous_etag()
        if previous:
            headers["If-None-Match"] = previous
        resp = self.client.get(self.cfg.catalogue_url, headers=headers)
        if resp.status_code == 304:
            log.info("string catalogue unchanged")
            return None
        resp.raise_for_status()
        body = resp.content
        published = self.client.get(self.cfg.checksum_url).text.split()[0].lower()
        actual = hashlib.sha256(body).hexdigest()
        if actual != published:
            raise RuntimeError(f"catalogue checksum mismatch: got {actual}, published {published}")
        if resp.headers.get("ETag"):
            self._etag_file.write_text(resp.headers["ETag"])
        return body

    @staticmethod
    def parse(body: bytes) -> list[dict]:
        reader = csv.DictReader(io.StringIO(body.decode("utf-8")))
        return [
            {
                "sku": row["sku"],
                "note": row["note"],
                "material": row["material"],
                "price_cents": int(round(float(row["price"]) * 100)),
            }
            for row in reader
        ]

    def run(self, save_prices) -> int:
        body = self.fetch()
        if body is None:
            return 0
        rows = self.parse(body)
        save_prices(rows)
        log.info("updated %d string prices", len(rows))
        return len(rows)
