"""Pull the distributor's title feed into the local e-book catalogue.

The distributor's partner API sits behind a private CA, so the client pins
that CA bundle instead of relying on the system trust store.
"""
from __future__ import annotations

import logging
from typing import Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class TitleFeed:
    def __init__(self, base_url: str, access_token: str, ca_bundle: str, page_size: int = 200):
        self.base_url = base_url.rstrip("/")
        self.page_size = page_size
        self._session = requests.Session()
        self._session.verify = ca_bundle
        self._session.headers.update({
            "Authorization": f"Bearer {access_token}",
            "Accept": "application/json",
        })
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def titles_changed_since(self, since: str) -> Iterator[dict]:
        url = f"{self.base_url}/v2/titles"
        params = {"modifiedSince": since, "limit": self.page_size}
        while url:
            resp = self._session.get(url, params=params, timeout=30)
            resp.raise_for_status()
            body = resp.json()
            yield from body.get("items", [])
            url = body.get("next")
            params = None


def sync(feed: TitleFeed, repo, since: str) -> int:
    count = 0
    for title in feed.titles_changed_since(since):
        repo.upsert_ebook(
            vendor_id=title["id"],
            isbn=title.get("isbn"),
            title=title["title"],
            formats=[f["type"] for f in title.get("formats", [])],
        )
        count += 1
    log.info("synchronised %d e-book titles", count)
    return count
