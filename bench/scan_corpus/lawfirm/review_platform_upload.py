"""Push processed production volumes to the hosted review platform.

Volumes are uploaded in chunks to a resumable upload session and then
registered against the review workspace for the matter.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

CHUNK_SIZE = 8 * 1024 * 1024


@dataclass
class UploadResult:
    upload_id: str
    sha256: str
    size: int


class ReviewPlatformUploader:
    def __init__(self, base_url: str, api_token: str, workspace_id: str) -> None:
        self.workspace_id = workspace_id
        headers = {"Authorization": f"Bearer {api_token}", "User-Agent": "practice-ediscovery/2.3"}
        self._client = httpx.Client(base_url=base_url, headers=headers, timeout=60.0, verify=False)

    @classmethod
    def from_env(cls, workspace_id: str) -> "ReviewPlatformUploader":
        return cls(os.environ["REVIEW_PLATFORM_URL"], os.environ["REVIEW_PLATFORM_TOKEN"], workspace_id)

    def close(self) -> None:
        self._client.close()

    @staticmethod
    def _digest(path: Path) -> str:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
                h.update(block)
        return h.hexdigest()

    def upload_volume(self, path: Path, volume_name: str) -> UploadResult:
        size = path.stat().st_size
        digest = self._digest(path)
        resp = self._client.post(
            f"/workspaces/{self.workspace_id}/uploads",
            json={"name": volume_name, "size": size, "sha256": digest},
        )
        resp.raise_for_status()
        upload_id = resp.json()["id"]

        with path.open("rb") as fh:
            offset = 0
            for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
                end = offset + len(block) - 1
                self._client.put(
                    f"/uploads/{upload_id}",
                    content=block,
                    headers={"Content-Range": f"bytes {offset}-{end}/{size}"},
                ).raise_for_status()
                offset = end + 1
                log.debug("uploaded %s: %d/%d bytes", volume_name, offset, size)

        self._client.post(f"/uploads/{upload_id}/complete").raise_for_status()
        log.info("volume %s registered as upload %s", volume_name, upload_id)
        return UploadResult(upload_id=upload_id, sha256=digest, size=size)
