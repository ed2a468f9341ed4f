"""Configuration and client for the NOTAM subscription used in pre-flight briefing packs."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx


class NotamFeedConfig:
    """Runtime settings for the NOTAM provider, overridable per environment."""

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str = "nf_live_5c7e2a91d04b4f3c8e6a1b9d72f0c3e4",
        fir_codes: tuple[str, ...] = ("EGTT",),
        lookahead_hours: int = 24,
    ) -> None:
        self.base_url = base_url or os.environ["NOTAM_FEED_URL"]
        self.api_key = api_key
        self.fir_codes = fir_codes
        self.lookahead = timedelta(hours=lookahead_hours)

    def client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": {"X-Api-Key": self.api_key, "Accept": "application/json"},
            "timeout": 12.0,
        }


def fetch_active_notams(config: NotamFeedConfig, aerodrome: str) -> list[dict[str, Any]]:
    now = datetime.now(timezone.utc)
    window = {"from": now.isoformat(), "to": (now + config.lookahead).isoformat()}
    with httpx.Client(**config.client_kwargs()) as client:
        items: list[dict[str, Any]] = []
        for fir in config.fir_codes:
            resp = client.get(f"/fir/{fir}/notams", params={**window, "location": aerodrome})
            resp.raise_for_status()
            items.extend(resp.json().get("items", []))
    return sorted(items, key=lambda n: n.get("effective_from", ""))


def briefing_lines(notams: list[dict[str, Any]]) -> list[str]:
    return [f"{n['id']}: {n.get('text', '').strip()}" for n in notams]


if __name__ == "__main__":
    for line in briefing_lines(fetch_active_notams(NotamFeedConfig(), "EGLW")):
        print(line)
