"""Download and unpack artifacts of upstream jobs before a job starts."""
import logging
import tarfile
import tempfile
from pathlib import Path
from typing import Iterable

import requests

log = logging.getLogger("runner.artifacts")


class ArtifactClient:
    def __init__(self, coordinator_url: str, job_token: str, timeout: float = 60.0):
        self.base = coordinator_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["JOB-TOKEN"] = job_token
        self.timeout = timeout

    def download(self, job_id: int, into: Path) -> Path:
        url = f"{self.base}/api/v4/jobs/{job_id}/artifacts"
        with self.session.get(url, stream=True, timeout=self.timeout) as resp:
            resp.raise_for_status()
            with into.open("wb") as fh:
                for chunk in resp.iter_content(1 << 16):
                    fh.write(chunk)
        return into


def unpack(archive: Path, workspace: Path) -> int:
    count = 0
    with tarfile.open(archive, mode="r:*") as tar:
        for member in tar:
            if member.isdev():
                continue
            tar.extract(member, path=workspace)
            count += 1
    return count


def restore_dependencies(client: ArtifactClient, job_ids: Iterable[int], workspace: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="artifacts-") as tmp:
        for job_id in job_ids:
            archive = client.download(job_id, Path(tmp) / f"{job_id}.tar.gz")
            restored = unpack(archive, workspace)
            log.info("restored %d entries from job %s", restored, job_id)
