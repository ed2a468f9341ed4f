"""Ingest nightly property-assessment batches dropped by county assessors.

Each county pushes a ``<county>-<yyyymmdd>.tar.gz`` to the inbound SFTP
area. The archive holds ``manifest.json`` plus one CSV per tax district.
"""
import csv
import hashlib
import json
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("assessments.ingest")


class BatchError(Exception):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unpack_batch(archive_path: Path, staging_root: Path) -> Path:
    batch_dir = staging_root / archive_path.name.removesuffix(".tar.gz")
    batch_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(path=batch_dir)
    return batch_dir


def verify_manifest(batch_dir: Path) -> dict:
    manifest = json.loads((batch_dir / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        actual = sha256_of(batch_dir / entry["name"])
        if actual != entry["sha256"]:
            raise BatchError(f"checksum mismatch for {entry['name']}")
    return manifest


def load_rows(batch_dir: Path, manifest: dict):
    for entry in manifest["files"]:
        with (batch_dir / entry["name"]).open(newline="", encoding="utf-8") as fh:
            yield from csv.DictReader(fh)


def process(archive_path: Path, staging_root: Path, done_dir: Path, sink) -> int:
    batch_dir = unpack_batch(archive_path, staging_root)
    manifest = verify_manifest(batch_dir)
    count = 0
    for row in load_rows(batch_dir, manifest):
        sink.upsert_parcel(row)
        count += 1
    shutil.move(str(archive_path), done_dir / archive_path.name)
    log.info("%s: %d parcels from county %s", archive_path.name, count, manifest["county"])
    return count
