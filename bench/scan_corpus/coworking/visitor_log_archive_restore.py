"""Restores archived visitor sign-in logs for a compliance request.

Visitor logs older than 90 days are packed into monthly tar.gz archives in S3;
this tool pulls one back and unpacks it into a scratch folder for review.
"""
from __future__ import annotations

import os
import tarfile
import tempfile
from pathlib import Path

import boto3

ARCHIVE_BUCKET = os.environ["VISITOR_ARCHIVE_BUCKET"]


def _member_filter(member: tarfile.TarInfo, dest_path: str) -> tarfile.TarInfo | None:
    member = tarfile.data_filter(member, dest_path)
    if member is not None and not member.name.endswith((".csv", ".jsonl")) and not member.isdir():
        return None
    return member


def download_archive(site_code: str, month: str, workdir: Path) -> Path:
    key = f"visitor-logs/{site_code}/{month}.tar.gz"
    target = workdir / f"{site_code}-{month}.tar.gz"
    boto3.client("s3").download_file(ARCHIVE_BUCKET, key, str(target))
    return target


def unpack(archive_path: Path, destination: Path) -> list[str]:
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:gz") as archive:
        archive.extractall(destination, filter=_member_filter)
    return sorted(
        str(path.relative_to(destination)) for path in destination.rglob("*") if path.is_file()
    )


def restore(site_code: str, month: str) -> tuple[Path, list[str]]:
    workdir = Path(tempfile.mkdtemp(prefix="visitor-restore-"))
    archive_path = download_archive(site_code, month, workdir)
    files = unpack(archive_path, workdir / "logs")
    archive_path.unlink()
    return workdir / "logs", files


if __name__ == "__main__":
    import sys

    folder, restored = restore(sys.argv[1], sys.argv[2])
    print(f"restored {len(restored)} files into {folder}")
