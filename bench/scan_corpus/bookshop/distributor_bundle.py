"""Fetches and unpacks the nightly catalogue bundle from the distributor.

The bundle is a .tar.gz with an ONIX file, a prices CSV and a folder of
cover images. It is unpacked into the import work directory and handed to
the catalogue importer.
"""
import logging
import shutil
import tarfile
from datetime import date
from pathlib import Path

import requests

log = logging.getLogger(__name__)

CHUNK = 1 << 20


class BundleFetcher:
    def __init__(self, base_url: str, token: str, work_dir: Path, timeout: int = 60):
        self.base_url = base_url.rstrip("/")
        self.work_dir = work_dir
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def bundle_url(self, day: date) -> str:
        return f"{self.base_url}/exports/catalogue-{day:%Y%m%d}.tar.gz"

    def download(self, day: date) -> Path:
        target = self.work_dir / f"catalogue-{day:%Y%m%d}.tar.gz"
        with self.session.get(self.bundle_url(day), stream=True, timeout=self.timeout) as resp:
            resp.raise_for_status()
            with open(target, "wb") as fh:
                for chunk in resp.iter_content(CHUNK):
                    fh.write(chunk)
        return target

    def unpack(self, archive: Path) -> Path:
        dest = self.work_dir / archive.name.removesuffix(".tar.gz")
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(dest)
        log.info("unpacked %s (%d entries)", archive.name, sum(1 for _ in dest.rglob("*")))
        return dest

    def fetch(self, day: date) -> Path:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        archive = self.download(day)
        try:
            return self.unpack(archive)
        finally:
            archive.unlink(missing_ok=True)
