"""Restores archived typesetting projects (InDesign packages, LaTeX trees) for reprints."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

import boto3

log = logging.getLogger("bindery.restore")


@dataclass(frozen=True)
class RestoreSettings:
    bucket: str = "bindery-typeset-archive"
    workspace: Path = Path("/srv/bindery/reprints")
    max_bytes: int = 4 * 1024**3


class TypesetRestorer:
    def __init__(self, settings: RestoreSettings | None = None) -> None:
        self.settings = settings or RestoreSettings()
        self.s3 = boto3.client("s3")

    def _download(self, title_id: str) -> Path:
        local = self.settings.workspace / "downloads" / f"{title_id}.tar.gz"
        local.parent.mkdir(parents=True, exist_ok=True)
        self.s3.download_file(self.settings.bucket, f"typeset/{title_id}.tar.gz", str(local))
        return local

    def _check_size(self, archive: tarfile.TarFile) -> None:
        total = sum(m.size for m in archive.getmembers() if m.isfile())
        if total > self.settings.max_bytes:
            raise ValueError(f"archive expands to {total} bytes")

    def restore(self, title_id: str) -> Path:
        archive_path = self._download(title_id)
        target = self.settings.workspace / title_id
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive_path, "r:gz") as archive:
            self._check_size(archive)
            archive.extractall(path=target, filter="data")
        log.info("restored %s into %s", title_id, target)
        archive_path.unlink(missing_ok=True)
        return target

    def list_sources(self, title_id: str) -> list[str]:
        root = self.settings.workspace / title_id
        return sorted(
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.suffix in {".indd", ".tex", ".idml"}
        )
