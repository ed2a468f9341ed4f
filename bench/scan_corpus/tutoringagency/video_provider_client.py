"""Client for the video-lesson provider: creates meeting rooms for booked lessons."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from datetime import datetime

import requests

log = logging.getLogger("video_provider")


@dataclass
class ProviderConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "ProviderConfig":
        return cls(
            base_url=os.environ["VIDEO_API_BASE_URL"],
            token_url=os.environ["VIDEO_API_TOKEN_URL"],
            client_id=os.environ["VIDEO_API_CLIENT_ID"],
            client_secret=os.environ["VIDEO_API_CLIENT_SECRET"],
        )


@dataclass
class VideoProviderClient:
    config: ProviderConfig
    session: requests.Session = field(default_factory=requests.Session)
    _token: str | None = None
    _token_expiry: float = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expiry - 60:
            return self._token
        resp = self.session.post(
            self.config.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._token_expiry = time.time() + int(payload.get("expires_in", 3600))
        log.info("obtained video API token %s, valid for %ss", self._token, payload.get("expires_in"))
        return self._token

    def create_room(self, lesson_id: int, topic: str, starts_at: datetime, minutes: int) -> dict:
        resp = self.session.post(
            f"{self.config.base_url}/v2/meetings",
            json={
                "topic": topic,
                "start_time": starts_at.isoformat(),
                "duration": minutes,
                "external_reference": f"lesson-{lesson_id}",
                "settings": {"waiting_room": True, "join_before_host": False},
            },
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        room = resp.json()
        log.info("created room %s for lesson %s", room.get("id"), lesson_id)
        return {"meeting_id": room["id"], "join_url": room["join_url"]}

    def cancel_room(self, meeting_id: str) -> None:
        resp = self.session.delete(
            f"{self.config.base_url}/v2/meetings/{meeting_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        if resp.status_code not in (204, 404):
            resp.raise_for_status()
