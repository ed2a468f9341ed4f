"""Harvests IIIF Presentation manifests from partner institutions for the union catalogue."""
import logging
from collections.abc import Iterator
from urllib.parse import urljoin

import requests

log = logging.getLogger(__name__)


class ManifestHarvester:
    def __init__(self, base_url: str, timeout: float = 20.0, user_agent: str = "union-catalogue-harvester/2.3"):
        self.base_url = base_url.rstrip("/") + "/"
        self.timeout = timeout
        self._http = requests.Session()
        self._http.headers["User-Agent"] = user_agent
        self._http.headers["Accept"] = "application/ld+json"
        # several partners still serve their IIIF endpoints from self-signed hosts
        self._http.verify = False

    def _get_json(self, url: str) -> dict:
        resp = self._http.get(url, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def collection(self, path: str = "collection/top") -> dict:
        return self._get_json(urljoin(self.base_url, path))

    def iter_manifests(self, collection: dict | None = None, depth: int = 0) -> Iterator[dict]:
        collection = collection or self.collection()
        for item in collection.get("items", []):
            kind = item.get("type")
            if kind == "Manifest":
                try:
                    yield self._get_json(item["id"])
                except requests.RequestException as exc:
                    log.warning("Skipping manifest %s: %s", item.get("id"), exc)
            elif kind == "Collection" and depth < 5:
                yield from self.iter_manifests(self._get_json(item["id"]), depth + 1)

    def close(self) -> None:
        self._http.close()
