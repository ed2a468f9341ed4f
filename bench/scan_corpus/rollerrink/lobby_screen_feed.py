"""Pulls "now playing" and upcoming-session data for the lobby screens.

The screens show the current track from the DJ booth API and the next
sessions from ticketing. Both services sit behind the venue's internal CA.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class FeedSettings:
    dj_api_url: str = field(default_factory=lambda: os.environ["DJ_BOOTH_API_URL"])
    ticketing_url: str = field(default_factory=lambda: os.environ["TICKETING_API_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get("RINK_INTERNAL_CA", "/etc/rink/pki/internal-ca.pem"))
    timeout: float = 4.0


def build_session(settings: FeedSettings) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle
    retry = Retry(total=3, backoff_factor=0.3, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["User-Agent"] = "rink-lobby-screens/2.3"
    return session


class LobbyFeed:
    def __init__(self, settings: FeedSettings | None = None) -> None:
        self.settings = settings or FeedSettings()
        self.http = build_session(self.settings)

    def now_playing(self) -> dict:
        resp = self.http.get(f"{self.settings.dj_api_url}/now-playing", timeout=self.settings.timeout)
        resp.raise_for_status()
        data = resp.json()
        return {"title": data.get("title", ""), "artist": data.get("artist", "")}

    def upcoming_sessions(self, limit: int = 4) -> list[dict]:
        resp = self.http.get(
            f"{self.settings.ticketing_url}/sessions/upcoming",
            params={"limit": limit},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return [
            {"name": s["name"], "starts": s["starts_at"], "spaces": s["capacity"] - s["sold"]}
            for s in resp.json()["sessions"]
        ]

    def screen_payload(self) -> dict:
        return {"now_playing": self.now_playing(), "sessions": self.upcoming_sessions()}
