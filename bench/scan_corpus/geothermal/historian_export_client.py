"""Client for pushing daily historian exports to the reservoir-modelling team's API."""
from __future__ import annotations

import os
import ssl
from pathlib import Path

import httpx

from geo_common.settings import settings


class ExportClient:
    def __init__(self, base_url: str | None = None) -> None:
        # the modelling team's endpoint is signed by the corporate internal CA
        tls = ssl.create_default_context(cafile=settings.INTERNAL_CA_BUNDLE)
        self._client = httpx.Client(
            base_url=base_url or settings.RESERVOIR_API_URL,
            timeout=httpx.Timeout(60.0, connect=10.0),
            headers={"Authorization": f"Token {os.environ['RESERVOIR_API_TOKEN']}"},
            verify=tls,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "ExportClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upload(self, site: str, export_file: Path) -> str:
        with export_file.open("rb") as fh:
            resp = self._client.post(
                f"/sites/{site}/exports",
                files={"file": (export_file.name, fh, "text/csv")},
            )
        resp.raise_for_status()
        return resp.json()["export_id"]

    def status(self, export_id: str) -> str:
        resp = self._client.get(f"/exports/{export_id}")
        resp.raise_for_status()
        return resp.json()["state"]
