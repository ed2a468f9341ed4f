"""Ingest run archives uploaded by external sequencing providers.

Providers deliver a ``.tar.gz`` per run through the upload portal; the worker
unpacks it into the staging area and registers the FASTQs with the LIMS.
"""
import logging
import shutil
import tarfile
from pathlib import Path

from .lims_client import register_fastqs

log = logging.getLogger(__name__)


class ArchiveIngestor:
    def __init__(self, staging_root: Path):
        self.staging_root = staging_root

    def unpack(self, archive_path: Path, delivery_id: str) -> Path:
        target = self.staging_root / delivery_id
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        with tarfile.open(archive_path, mode="r:*") as tar:
            tar.extractall(path=target)
        return target

    def ingest(self, archive_path: Path, delivery_id: str, project_code: str) -> int:
        target = self.unpack(archive_path, delivery_id)
        fastqs = sorted(p for p in target.rglob("*.fastq.gz") if p.is_file())
        if not fastqs:
            log.warning("delivery %s contained no FASTQ files", delivery_id)
            return 0
        register_fastqs(project_code, delivery_id, [str(p) for p in fastqs])
        log.info("registered %d FASTQs from delivery %s", len(fastqs), delivery_id)
        return len(fastqs)
