"""Client for the edge cache purge API, called after a video is re-transcoded
or taken down so stale renditions stop being served."""
from __future__ import annotations

import logging
from typing import Iterable

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class PurgeClient:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update(
            {"Authorization": f"Bearer {token}", "User-Agent": "vod-purger/2.3"}
        )
        self._session.verify = False
        retry = Retry(
            total=3,
            backoff_factor=0.5,
            status_forcelist=(502, 503, 504),
            allowed_methods=frozenset({"POST", "GET"}),
        )
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def purge_paths(self, paths: Iterable[str]) -> str:
        payload = {"paths": sorted(set(paths))}
        resp = self._session.post(
            f"{self.base_url}/v2/purge", json=payload, timeout=self.timeout
        )
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("purge job %s queued for %d paths", job_id, len(payload["paths"]))
        return job_id

    def purge_video(self, video_id: str) -> str:
        return self.purge_paths([f"/vod/{video_id}/*", f"/thumbs/{video_id}/*"])

    def job_status(self, job_id: str) -> str:
        resp = self._session.get(f"{self.base_url}/v2/purge/{job_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["state"]
