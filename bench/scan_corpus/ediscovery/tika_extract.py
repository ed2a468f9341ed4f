"""Text and metadata extraction through the Tika server sidecar.

Every processing node runs tika-server in the same pod, listening on the
loopback interface only.
"""
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("ingest.tika")

TIKA_URL = os.environ.get("TIKA_SERVER_URL", "http://127.0.0.1:9998")
TIMEOUT = (3, 600)


class TikaClient:
    def __init__(self, base_url: str = TIKA_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()

    def text(self, path: Path) -> str:
        with path.open("rb") as fh:
            resp = self.session.put(
                f"{self.base_url}/tika",
                data=fh,
                headers={"Accept": "text/plain; charset=UTF-8", "X-Tika-OCRskipOcr": "true"},
                timeout=TIMEOUT,
            )
        resp.raise_for_status()
        return resp.text

    def metadata(self, path: Path) -> dict:
        with path.open("rb") as fh:
            resp = self.session.put(
                f"{self.base_url}/meta",
                data=fh,
                headers={"Accept": "application/json"},
                timeout=TIMEOUT,
            )
        resp.raise_for_status()
        return resp.json()

    def healthy(self) -> bool:
        try:
            return self.session.get(f"{self.base_url}/version", timeout=2).ok
        except requests.RequestException:
            return False


def extract(path: Path, client: TikaClient | None = None) -> dict:
    client = client or TikaClient()
    meta = client.metadata(path)
    body = client.text(path)
    log.debug("extracted %d chars from %s (%s)", len(body), path.name, meta.get("Content-Type"))
    return {"metadata": meta, "text": body}
