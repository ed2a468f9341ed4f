"""Import of run folders shipped by external sequencing partners as .tar.gz.

Partners upload an archive plus a SHA-256 to the staging bucket; the sync
job downloads both and hands them to ``PartnerRunImporter``.
"""
import hashlib
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 4 * 1024 * 1024


class ArchiveChecksumError(Exception):
    pass


class RunFolderNotFound(Exception):
    pass


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class PartnerRunImporter:
    def __init__(self, staging_root: Path, runs_root: Path, partners: set[str]):
        self.staging_root = staging_root
        self.runs_root = runs_root
        self.partners = partners

    @staticmethod
    def _locate_run_folder(workdir: Path) -> Path:
        for candidate in workdir.rglob("RunInfo.xml"):
            return candidate.parent
        raise RunFolderNotFound(f"no RunInfo.xml under {workdir}")

    def import_archive(self, archive_path: Path, expected_sha256: str, partner: str) -> Path:
        if partner not in self.partners:
            raise ValueError(f"unknown partner {partner!r}")
        actual = sha256_file(archive_path)
        if actual != expected_sha256.strip().lower():
            raise ArchiveChecksumError(f"{archive_path.name}: checksum mismatch")

        workdir = Path(tempfile.mkdtemp(prefix=f"{partner}-", dir=self.staging_root))
        try:
            with tarfile.open(archive_path, "r:gz") as tar:
                tar.extractall(workdir)
            run_dir = self._locate_run_folder(workdir)
            target = self.runs_root / partner / run_dir.name
            if target.exists():
                raise FileExistsError(f"run {run_dir.name} already imported for {partner}")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(run_dir), target)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

        log.info("imported %s from %s into %s", archive_path.name, partner, target)
        return target
