"""Client for the insurance partner's policy feed.

Every night the club pulls the list of agreed-value policies held by
members so that rally entries can be checked against current cover.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterator

import httpx

logger = logging.getLogger("insurance.feed")


class FeedError(RuntimeError):
    pass


@dataclass(frozen=True)
class FeedConfig:
    base_url: str
    api_key: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "FeedConfig":
        return cls(
            base_url=os.environ["INSURER_FEED_URL"],
            api_key=os.environ["INSURER_FEED_KEY"],
        )


class PolicyFeedClient:
    def __init__(self, config: FeedConfig) -> None:
        self._config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            headers={
                "Authorization": f"Bearer {config.api_key}",
                "Accept": "application/json",
            },
        )

    def _get(self, path: str, params: dict) -> dict:
        logger.debug(
            "GET %s params=%s headers=%s", path, params, dict(self._client.headers)
        )
        response = self._client.get(path, params=params)
        if response.status_code >= 400:
            raise FeedError(f"policy feed returned {response.status_code} for {path}")
        return response.json()

    def policies_changed_since(self, since: date) -> Iterator[dict]:
        cursor: str | None = None
        while True:
            params = {"changed_since": since.isoformat()}
            if cursor:
                params["cursor"] = cursor
            page = self._get("/v2/club-policies", params)
            yield from page.get("policies", [])
            cursor = page.get("next_cursor")
            if not cursor:
                break

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "PolicyFeedClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def nightly_sync(since: date) -> int:
    count = 0
    with PolicyFeedClient(FeedConfig.from_env()) as client:
        for policy in client.policies_changed_since(since):
            logger.info(
                "Policy %s for %s is %s",
                policy["policy_ref"], policy["registration"], policy["status"],
            )
            count += 1
    return count
