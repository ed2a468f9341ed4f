"""Upload build outputs to the Nexus raw repository used by the release pipeline."""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class NexusUploader:
    def __init__(self, base_url: str, repository: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.repository = repository
        self.session = self._build_session()

    @staticmethod
    def _build_session() -> requests.Session:
        session = requests.Session()
        session.auth = (os.environ["NEXUS_USER"], os.environ["NEXUS_PASSWORD"])
        session.verify = False
        retry = Retry(total=5, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        session.mount("https://", HTTPAdapter(max_retries=retry))
        return session

    def upload(self, path: Path, dest: str) -> str:
        url = f"{self.base_url}/repository/{self.repository}/{dest.lstrip('/')}"
        data = path.read_bytes()
        resp = self.session.put(
            url,
            data=data,
            headers={"X-Checksum-Sha256": hashlib.sha256(data).hexdigest()},
            timeout=120,
        )
        resp.raise_for_status()
        log.info("uploaded %s (%d bytes) to %s", path.name, len(data), url)
        return url

    def upload_dir(self, root: Path, prefix: str) -> list[str]:
        return [
            self.upload(p, f"{prefix}/{p.relative_to(root).as_posix()}")
            for p in sorted(root.rglob("*"))
            if p.is_file()
        ]


if __name__ == "__main__":
    uploader = NexusUploader(os.environ["NEXUS_URL"], os.environ.get("NEXUS_REPO", "releases"))
    uploader.upload_dir(Path("dist"), os.environ["CI_COMMIT_TAG"])
