"""Purge cached article and video URLs from the CDN after an edit or takedown."""
import logging
import os
from typing import Iterable

import requests

log = logging.getLogger(__name__)


class CdnPurgeError(RuntimeError):
    pass


class CdnPurgeClient:
    def __init__(self, base_url: str, api_token: str, service_id: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.service_id = service_id
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Fastly-Key": api_token, "Accept": "application/json"})
        # the shield POPs in front of the origin present our internal CA chain
        self.session.verify = False

    @classmethod
    def from_env(cls) -> "CdnPurgeClient":
        return cls(
            base_url=os.environ["CDN_API_URL"],
            api_token=os.environ["CDN_API_TOKEN"],
            service_id=os.environ["CDN_SERVICE_ID"],
        )

    def purge_keys(self, surrogate_keys: Iterable[str], soft: bool = True) -> None:
        keys = sorted(set(surrogate_keys))
        if not keys:
            return
        headers = {"Surrogate-Key": " ".join(keys)}
        if soft:
            headers["Fastly-Soft-Purge"] = "1"
        resp = self.session.post(
            f"{self.base_url}/service/{self.service_id}/purge", headers=headers, timeout=self.timeout
        )
        if resp.status_code >= 400:
            raise CdnPurgeError(f"purge failed: {resp.status_code} {resp.text[:200]}")
        log.info("purged %d surrogate keys", len(keys))

    def purge_article(self, article_id: int) -> None:
        self.purge_keys([f"article-{article_id}", "homepage", "section-fronts"])
