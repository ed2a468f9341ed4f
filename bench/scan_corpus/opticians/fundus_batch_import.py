"""Bulk import of fundus photographs from branch camera workstations.

Each night the camera workstation at a branch bundles the day's images into
a .tar.gz and posts it to the imaging service. We unpack it into a staging
area and queue each image for matching against the day's appointments.
"""
import logging
import os
import tarfile
import tempfile
from pathlib import Path

from imaging.queue import enqueue_match

log = logging.getLogger("imaging.batch")

STAGING_ROOT = Path(os.environ.get("FUNDUS_STAGING_ROOT", "/srv/imaging/staging"))
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".dcm"}


class BatchImporter:
    def __init__(self, branch_code: str):
        self.branch_code = branch_code
        self.dest = STAGING_ROOT / branch_code

    def _unpack(self, archive_path: Path) -> Path:
        self.dest.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="batch-", dir=self.dest))
        with tarfile.open(archive_path, mode="r:gz") as tar:
            tar.extractall(path=workdir)
        return workdir

    def run(self, archive_path: Path) -> int:
        workdir = self._unpack(archive_path)
        queued = 0
        for image in sorted(workdir.rglob("*")):
            if image.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            enqueue_match(branch=self.branch_code, path=str(image))
            queued += 1
        log.info("branch %s: queued %d images from %s",
                 self.branch_code, queued, archive_path.name)
        return queued


def handle_upload(branch_code: str, fileobj) -> int:
    with tempfile.NamedTemporaryFile(suffix=".tar.gz", delete=False) as tmp:
        for chunk in iter(lambda: fileobj.read(1 << 20), b""):
            tmp.write(chunk)
    try:
        return BatchImporter(branch_code).run(Path(tmp.name))
    finally:
        os.unlink(tmp.name)
