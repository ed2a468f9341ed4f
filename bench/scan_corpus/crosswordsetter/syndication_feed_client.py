"""Client for the upstream puzzle feed of the sister agency.

Some titles (the Saturday prize jumbo, the quiz crossword) come from a sister
agency whose feed is served behind its private certificate authority. The
agency's CA bundle is shipped with our deployment and configured per
environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import httpx


@dataclass(frozen=True)
class FeedSettings:
    base_url: str = field(default_factory=lambda: os.environ["XW_SISTER_FEED_URL"])
    token: str = field(default_factory=lambda: os.environ["XW_SISTER_FEED_TOKEN"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "XW_SISTER_FEED_CA", "/etc/xwsyndicate/certs/sister-agency-ca.pem"
        )
    )
    timeout: float = 30.0


class SisterFeedClient:
    def __init__(self, settings: FeedSettings | None = None) -> None:
        self.settings = settings or FeedSettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            verify=self.settings.ca_bundle,
            timeout=self.settings.timeout,
            headers={"Authorization": f"Token {self.settings.token}"},
        )

    def list_titles(self) -> list[str]:
        resp = self._client.get("/v1/titles")
        resp.raise_for_status()
        return [t["slug"] for t in resp.json()["titles"]]

    def fetch_puzzle(self, title: str, edition: date) -> dict:
        resp = self._client.get(f"/v1/titles/{title}/editions/{edition.isoformat()}")
        if resp.status_code == 404:
            raise LookupError(f"{title} has no edition for {edition}")
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "SisterFeedClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
