"""Nightly job: pull Safety Data Sheets (SDS) for our ingredients from the supplier API."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("sds_fetcher")


@dataclass(frozen=True)
class SupplierConfig:
    base_url: str
    token: str
    sds_dir: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "SupplierConfig":
        return cls(
            base_url=os.environ["SUPPLIER_API_URL"].rstrip("/"),
            token=os.environ["SUPPLIER_API_TOKEN"],
            sds_dir=os.environ.get("SDS_DIR", "/srv/soapworks/sds"),
        )


class SdsFetcher:
    def __init__(self, cfg: SupplierConfig) -> None:
        self.cfg = cfg
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {cfg.token}"
        self.http.headers["Accept"] = "application/json"

    def _documents(self, ingredient_code: str) -> list[dict]:
        resp = self.http.get(
            f"{self.cfg.base_url}/v2/ingredients/{ingredient_code}/documents",
            params={"type": "sds", "lang": "en"},
            timeout=self.cfg.timeout,
        )
        resp.raise_for_status()
        return resp.json()["documents"]

    def _download(self, doc: dict) -> str:
        dest = os.path.join(self.cfg.sds_dir, doc["file_name"])
        with self.http.get(doc["download_url"], stream=True, timeout=self.cfg.timeout) as resp:
            resp.raise_for_status()
            with open(dest, "wb") as fh:
                for chunk in resp.iter_content(chunk_size=64 * 1024):
                    fh.write(chunk)
        return dest

    def sync(self, ingredient_codes: list[str]) -> int:
        os.makedirs(self.cfg.sds_dir, exist_ok=True)
        saved = 0
        for code in ingredient_codes:
            try:
                docs = self._documents(code)
            except requests.RequestException as exc:
                log.warning("could not list SDS for %s: %s", code, exc.__class__.__name__)
                continue
            for doc in docs:
                path = self._download(doc)
                log.info("saved SDS revision %s for %s to %s", doc.get("revision"), code, path)
                saved += 1
        return saved


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    codes = [c.strip() for c in os.environ.get("SDS_INGREDIENTS", "").split(",") if c.strip()]
    count = SdsFetcher(SupplierConfig.from_env()).sync(codes)
    log.info("SDS sync finished, %d documents", count)
