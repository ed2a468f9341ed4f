"""Publish rendition playlists from the capture rig to the streaming origin.

The origin address differs between the main hall, the chamber hall and the
touring rig, so it is always supplied through the environment.
"""
import logging
import os
import time

import requests

log = logging.getLogger(__name__)

ORIGIN_URL = os.environ["STREAM_ORIGIN_URL"].rstrip("/")
ORIGIN_TOKEN = os.environ["STREAM_ORIGIN_TOKEN"]


class OriginPublisher:
    def __init__(self, origin_url: str = ORIGIN_URL, token: str = ORIGIN_TOKEN, attempts: int = 4):
        self.origin_url = origin_url
        self.attempts = attempts
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def publish_playlist(self, concert_id: str, rendition: str, m3u8: str) -> None:
        url = f"{self.origin_url}/live/{concert_id}/{rendition}.m3u8"
        for attempt in range(1, self.attempts + 1):
            try:
                resp = self.session.put(
                    url,
                    data=m3u8.encode("utf-8"),
                    headers={"Content-Type": "application/vnd.apple.mpegurl"},
                    timeout=5,
                )
                resp.raise_for_status()
                return
            except requests.RequestException as exc:
                log.warning("playlist publish %s attempt %d failed: %s", rendition, attempt, exc)
                time.sleep(0.5 * attempt)
        raise RuntimeError(f"could not publish {rendition} playlist for {concert_id}")
