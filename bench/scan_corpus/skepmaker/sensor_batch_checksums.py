"""Checksums for hive-weight sensor CSV batches before they are archived to S3."""
import hashlib
import json
from pathlib import Path

import boto3

from skepmaker.config import settings

CHUNK_SIZE = 1024 * 1024
ARCHIVE_PREFIX = "hive-weights/archive"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_manifest(batch_dir: Path) -> dict:
    entries = []
    for csv_path in sorted(batch_dir.glob("*.csv")):
        entries.append({
            "name": csv_path.name,
            "bytes": csv_path.stat().st_size,
            "sha256": file_sha256(csv_path),
        })
    return {"batch": batch_dir.name, "files": entries}


def archive_batch(batch_dir: Path, bucket: str = settings.SENSOR_ARCHIVE_BUCKET) -> dict:
    s3 = boto3.client("s3", region_name=settings.AWS_REGION)
    manifest = build_manifest(batch_dir)
    for entry in manifest["files"]:
        key = f"{ARCHIVE_PREFIX}/{manifest['batch']}/{entry['name']}"
        s3.upload_file(
            str(batch_dir / entry["name"]),
            bucket,
            key,
            ExtraArgs={"Metadata": {"sha256": entry["sha256"]}},
        )
    s3.put_object(
        Bucket=bucket,
        Key=f"{ARCHIVE_PREFIX}/{manifest['batch']}/manifest.json",
        Body=json.dumps(manifest, indent=2).encode("utf-8"),
        ContentType="application/json",
    )
    return manifest
