"""Ingest worker for plate-read bundles uploaded by mobile LPR vendors.

Vendors upload a .tar.gz per shift to their S3 prefix containing a reads.csv
and one JPEG per read. The worker unpacks the bundle, validates the CSV and
hands the reads to the matcher.
"""
import csv
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

import boto3

from lpr.ingest import ReadRecord, submit_reads

log = logging.getLogger("lpr.vendor_bundles")

REQUIRED_COLUMNS = {"read_id", "plate", "state", "captured_at", "lat", "lon", "image"}


def _download(s3, bucket: str, key: str, dest: Path) -> Path:
    local = dest / Path(key).name
    s3.download_file(bucket, key, str(local))
    return local


def _unpack(archive: Path, dest: Path) -> Path:
    out = dest / "bundle"
    out.mkdir()
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(out)
    return out


def _read_records(bundle_dir: Path) -> list[ReadRecord]:
    with (bundle_dir / "reads.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"reads.csv missing columns: {sorted(missing)}")
        return [
            ReadRecord(
                read_id=row["read_id"],
                plate=row["plate"].strip().upper(),
                state=row["state"],
                captured_at=row["captured_at"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                image_path=bundle_dir / "images" / Path(row["image"]).name,
            )
            for row in reader
        ]


def handle_upload(bucket: str, key: str) -> int:
    s3 = boto3.client("s3")
    workdir = Path(tempfile.mkdtemp(prefix="lpr-bundle-"))
    try:
        archive = _download(s3, bucket, key, workdir)
        bundle_dir = _unpack(archive, workdir)
        records = _read_records(bundle_dir)
        submit_reads(records)
        log.info("ingested %d reads from s3://%s/%s", len(records), bucket, key)
        return len(records)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
