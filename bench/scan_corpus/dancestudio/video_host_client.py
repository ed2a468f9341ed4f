"""Client for the private video host's management API (asset creation and playback policy)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, Optional

import httpx


@dataclass(frozen=True)
class VideoHostSettings:
    api_url: str
    token_id: str
    token_secret: str
    ca_bundle: str = "/etc/ssl/certs/dancestudio-internal-ca.pem"
    timeout_s: float = 30.0

    @classmethod
    def from_env(cls) -> "VideoHostSettings":
        return cls(
            api_url=os.environ["VIDEO_HOST_API_URL"],
            token_id=os.environ["VIDEO_HOST_TOKEN_ID"],
            token_secret=os.environ["VIDEO_HOST_TOKEN_SECRET"],
            ca_bundle=os.environ.get("VIDEO_HOST_CA_BUNDLE", cls.ca_bundle),
        )


def client_options(settings: VideoHostSettings) -> Dict[str, Any]:
    return {
        "base_url": settings.api_url,
        "auth": (settings.token_id, settings.token_secret),
        "timeout": settings.timeout_s,
        "verify": settings.ca_bundle,
    }


class VideoHostClient:
    def __init__(self, settings: Optional[VideoHostSettings] = None) -> None:
        self.settings = settings or VideoHostSettings.from_env()
        self._http = httpx.Client(**client_options(self.settings))

    def create_direct_upload(self, recital_id: str, cors_origin: str) -> Dict[str, str]:
        resp = self._http.post(
            "/video/v1/uploads",
            json={
                "cors_origin": cors_origin,
                "new_asset_settings": {
                    "playback_policy": ["signed"],
                    "passthrough": recital_id,
                },
            },
        )
        resp.raise_for_status()
        data = resp.json()["data"]
        return {"upload_id": data["id"], "url": data["url"]}

    def asset(self, asset_id: str) -> Dict[str, Any]:
        resp = self._http.get(f"/video/v1/assets/{asset_id}")
        resp.raise_for_status()
        return resp.json()["data"]

    def delete_asset(self, asset_id: str) -> None:
        self._http.delete(f"/video/v1/assets/{asset_id}").raise_for_status()
