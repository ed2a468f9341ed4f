"""Hands uploaded coaching videos to Mux for transcoding and playback."""

import logging
import os
from dataclasses import dataclass

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger("coaching.transcode")

MUX_API = "https://api.mux.com/video/v1"


@dataclass(frozen=True)
class MuxCredentials:
    token_id: str
    token_secret: str

    @classmethod
    def from_env(cls) -> "MuxCredentials":
        return cls(os.environ["MUX_TOKEN_ID"], os.environ["MUX_TOKEN_SECRET"])

    def auth(self) -> HTTPBasicAuth:
        return HTTPBasicAuth(self.token_id, self.token_secret)


def _session(creds: MuxCredentials) -> requests.Session:
    session = requests.Session()
    session.auth = creds.auth()
    session.headers.update({"Content-Type": "application/json"})
    return session


def start_transcode(source_url: str, video_id: int, creds: MuxCredentials | None = None) -> dict:
    """Create a Mux asset from a presigned S3 URL; returns asset and playback ids."""
    creds = creds or MuxCredentials.from_env()
    body = {
        "input": [{"url": source_url}],
        "playback_policy": ["signed"],
        "passthrough": f"coaching-video:{video_id}",
        "mp4_support": "standard",
    }
    resp = _session(creds).post(f"{MUX_API}/assets", json=body, timeout=15)
    resp.raise_for_status()
    asset = resp.json()["data"]
    playback_ids = [p["id"] for p in asset.get("playback_ids", [])]
    log.info("Mux asset %s created for coaching video %s", asset["id"], video_id)
    return {"asset_id": asset["id"], "playback_ids": playback_ids, "status": asset["status"]}


def asset_status(asset_id: str, creds: MuxCredentials | None = None) -> str:
    creds = creds or MuxCredentials.from_env()
    resp = _session(creds).get(f"{MUX_API}/assets/{asset_id}", timeout=10)
    resp.raise_for_status()
    return resp.json()["data"]["status"]


def delete_asset(asset_id: str, creds: MuxCredentials | None = None) -> None:
    creds = creds or MuxCredentials.from_env()
    resp = _session(creds).delete(f"{MUX_API}/assets/{asset_id}", timeout=10)
    if resp.status_code not in (204, 404):
        resp.raise_for_status()
    log.info("Mux asset %s removed", asset_id)
