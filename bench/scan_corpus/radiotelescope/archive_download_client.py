"""Client for bulk downloads of visibility data from the observatory archive."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator

import requests

log = logging.getLogger("rt.archive.client")

CHUNK = 4 * 1024 * 1024


def _describe(prepared: requests.PreparedRequest) -> str:
    headers = ", ".join(f"{name}={value}" for name, value in prepared.headers.items())
    return f"{prepared.method} {prepared.url} [{headers}]"


def _trace_response(resp: requests.Response, *args, **kwargs) -> requests.Response:
    log.debug("archive call %s -> %s", _describe(resp.request), resp.status_code)
    return resp


class ArchiveClient:
    def __init__(self, base_url: str, token: str, ca_bundle: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.hooks["response"].append(_trace_response)
        if ca_bundle:
            self.session.verify = ca_bundle

    def list_products(self, project: str) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/projects/{project}/products", timeout=30)
        resp.raise_for_status()
        return resp.json()["products"]

    def _stream(self, product_id: str) -> Iterator[bytes]:
        with self.session.get(
            f"{self.base_url}/products/{product_id}/data", stream=True, timeout=60
        ) as resp:
            resp.raise_for_status()
            yield from resp.iter_content(CHUNK)

    def download(self, product_id: str, dest_dir: Path) -> Path:
        target = dest_dir / f"{product_id}.ms.tar"
        with target.open("wb") as fh:
            for chunk in self._stream(product_id):
                fh.write(chunk)
        return target
