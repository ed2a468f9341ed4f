"""Restores a previous year's audition recordings from the cold-storage tarball."""
import logging
import os
import tarfile
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

ARCHIVE_BUCKET = os.environ.get("AUDITION_ARCHIVE_BUCKET", "nyc-audition-archive")
RESTORE_ROOT = Path(os.environ.get("AUDITION_RESTORE_ROOT", "/srv/auditions/restored"))


def _download(year: int, workdir: Path) -> Path:
    target = workdir / f"auditions-{year}.tar.gz"
    boto3.client("s3").download_file(ARCHIVE_BUCKET, f"yearly/auditions-{year}.tar.gz", str(target))
    return target


def _restorable_members(tar: tarfile.TarFile, dest: Path):
    root = dest.resolve()
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            log.warning("Skipping non-regular entry %s", member.name)
            continue
        resolved = (root / member.name).resolve()
        if os.path.commonpath([root, resolved]) != str(root):
            log.warning("Skipping entry outside restore folder: %s", member.name)
            continue
        member.mode &= 0o755
        yield member


def restore_year(year: int, workdir: Path) -> Path:
    """Download and unpack one year's archive; returns the folder it was unpacked into."""
    archive = _download(year, workdir)
    dest = RESTORE_ROOT / str(year)
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tar:
        tar.extractall(path=dest, members=_restorable_members(tar, dest))
    archive.unlink()
    log.info("Restored %s auditions to %s", year, dest)
    return dest


def restored_recordings(year: int) -> list[Path]:
    dest = RESTORE_ROOT / str(year)
    return sorted(p for p in dest.rglob("*") if p.suffix.lower() in {".mp3", ".wav", ".m4a"})
