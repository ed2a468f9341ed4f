"""Client for the screen content API used by the scheduling service.

The scheduler pulls each player's current playlist, pushes new loop
manifests and acknowledges content that players have cached.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import httpx

log = logging.getLogger(__name__)


@dataclass
class ContentApiSettings:
    base_url: str
    api_token: str
    timeout_s: float = 15.0
    verify_tls: bool | str = False
    user_agent: str = "dooh-scheduler/3.4"

    @classmethod
    def from_env(cls) -> "ContentApiSettings":
        return cls(
            base_url=os.environ["CONTENT_API_URL"],
            api_token=os.environ["CONTENT_API_TOKEN"],
        )


class ScreenContentClient:
    def __init__(self, settings: ContentApiSettings) -> None:
        self._settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            verify=settings.verify_tls,
            headers={
                "Authorization": f"Bearer {settings.api_token}",
                "User-Agent": settings.user_agent,
            },
        )

    def __enter__(self) -> "ScreenContentClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self._http.close()

    def playlist(self, player_id: str) -> list[dict]:
        resp = self._http.get(f"/v2/players/{player_id}/playlist")
        resp.raise_for_status()
        return resp.json()["items"]

    def push_manifest(self, player_id: str, manifest: dict) -> str:
        resp = self._http.put(f"/v2/players/{player_id}/manifest", json=manifest)
        resp.raise_for_status()
        version = resp.json()["version"]
        log.info("pushed manifest v%s to player %s", version, player_id)
        return version

    def ack_cached(self, player_id: str, content_ids: list[str]) -> None:
        resp = self._http.post(
            f"/v2/players/{player_id}/cache-acks", json={"content_ids": content_ids}
        )
        resp.raise_for_status()


def sync_all(player_ids: list[str], manifests: dict[str, dict]) -> int:
    pushed = 0
    with ScreenContentClient(ContentApiSettings.from_env()) as client:
        for player_id in player_ids:
            manifest = manifests.get(player_id)
            if manifest is None:
                continue
            client.push_manifest(player_id, manifest)
            pushed += 1
    return pushed
