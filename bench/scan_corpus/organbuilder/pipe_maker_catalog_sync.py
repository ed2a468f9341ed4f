"""Nightly sync of the pipe maker's catalogue into the workshop database.

The pipe maker runs its trade portal behind a certificate issued by its own
internal CA; the CA certificate was exchanged in person and is installed
on the sync host.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass

import requests

log = logging.getLogger("catalog_sync")


@dataclass(frozen=True)
class CatalogSyncSettings:
    base_url: str
    api_token: str
    ca_bundle: str
    db_path: str

    @classmethod
    def from_env(cls) -> "CatalogSyncSettings":
        return cls(
            base_url=os.environ["PIPEMAKER_API_URL"].rstrip("/"),
            api_token=os.environ["PIPEMAKER_API_TOKEN"],
            ca_bundle=os.environ.get("PIPEMAKER_CA_BUNDLE", "/etc/organworks/pki/pipemaker-ca.pem"),
            db_path=os.environ.get("CATALOG_DB", "/var/lib/organworks/catalog.sqlite3"),
        )


class CatalogSync:
    def __init__(self, settings: CatalogSyncSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers["Authorization"] = f"Token {settings.api_token}"

    def fetch_page(self, page: int) -> dict:
        response = self.session.get(
            f"{self.settings.base_url}/catalogue", params={"page": page, "per_page": 200}, timeout=30
        )
        response.raise_for_status()
        return response.json()

    def run(self) -> int:
        conn = sqlite3.connect(self.settings.db_path)
        stored = 0
        page = 1
        with conn:
            while True:
                data = self.fetch_page(page)
                conn.executemany(
                    "INSERT OR REPLACE INTO pipe_catalogue (sku, stop_type, scale, material, price_cents) "
                    "VALUES (:sku, :stop_type, :scale, :material, :price_cents)",
                    data["items"],
                )
                stored += len(data["items"])
                if not data.get("next_page"):
                    break
                page = data["next_page"]
        conn.close()
        log.info("catalogue sync stored %d items", stored)
        return stored


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    CatalogSync(CatalogSyncSettings.from_env()).run()
