"""Pushes processed fitting videos to the external video host for streaming."""
import logging
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter, Retry

from hatter.config import settings

logger = logging.getLogger(__name__)


class VideoHostClient:
    def __init__(self, api_base: str = settings.VIDEO_HOST_API, token: str = settings.VIDEO_HOST_TOKEN):
        self.api_base = api_base.rstrip("/")
        self.session = requests.Session()
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1)))
        self.session.headers.update({
            "Authorization": f"Bearer {token}",
            "User-Agent": "hatter-video/1.4",
        })

    def create_asset(self, title: str) -> dict:
        resp = self.session.post(f"{self.api_base}/assets", json={"title": title, "privacy": "unlisted"})
        resp.raise_for_status()
        return resp.json()

    def upload(self, path: Path, title: str) -> str:
        asset = self.create_asset(title)
        with path.open("rb") as fh:
            resp = self.session.put(asset["upload_url"], data=fh,
                                    headers={"Content-Type": "video/mp4"})
        if not resp.ok:
            logger.error(
                "upload of %s failed: status=%s request_headers=%s",
                path.name, resp.status_code, dict(resp.request.headers),
            )
            resp.raise_for_status()
        return asset["id"]


def publish_fitting(video_path: str, client_surname: str, fitting_no: int) -> str:
    client = VideoHostClient()
    return client.upload(Path(video_path), f"{client_surname} fitting {fitting_no}")
