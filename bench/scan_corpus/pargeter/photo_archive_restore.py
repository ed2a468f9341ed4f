"""Restore archived site photograph sets from cold storage.

Completed jobs have their photo sets packed as .tar.gz and moved to
Glacier. When a client reports a defect under warranty the set is pulled
back and unpacked so the original condition can be compared.
"""
import tarfile
import tempfile
from pathlib import Path

import boto3

from pargeter.config import settings


def _download_archive(site_ref: str, workdir: Path) -> Path:
    target = workdir / f"{site_ref}.tar.gz"
    boto3.client("s3").download_file(
        settings.PHOTO_ARCHIVE_BUCKET, f"archives/{site_ref}.tar.gz", str(target)
    )
    return target


def _restore_root(site_ref: str) -> Path:
    root = Path(settings.PHOTO_RESTORE_ROOT) / site_ref
    root.mkdir(parents=True, exist_ok=True)
    return root


def restore_photo_set(site_ref: str) -> list[Path]:
    dest = _restore_root(site_ref)
    with tempfile.TemporaryDirectory() as tmp:
        archive_path = _download_archive(site_ref, Path(tmp))
        with tarfile.open(archive_path, "r:gz") as tar:
            tar.extractall(dest, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())


def restored_sets() -> list[str]:
    root = Path(settings.PHOTO_RESTORE_ROOT)
    if not root.exists():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir())
