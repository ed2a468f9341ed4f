"""Loads the weekly timetable bundles sent by the regional rail operator.

The rail operator drops a ``.tar.gz`` of GTFS text files into our partner
bucket every Friday. We unpack the bundle into a staging directory and hand
the folder to the feed merger, which combines it with our bus and tram feed.
"""
import io
import logging
import tarfile
from pathlib import Path

import boto3

log = logging.getLogger("feeds.partner")

GTFS_FILES = {
    "agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt",
    "calendar.txt", "calendar_dates.txt", "transfers.txt", "shapes.txt",
}


def _download(bucket: str, key: str) -> bytes:
    s3 = boto3.client("s3")
    obj = s3.get_object(Bucket=bucket, Key=key)
    return obj["Body"].read()


def unpack_bundle(payload: bytes, staging: Path) -> list[Path]:
    staging.mkdir(parents=True, exist_ok=True)
    written = []
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            tar.extract(member, path=staging)
            written.append(staging / member.name)
    missing = GTFS_FILES - {p.name for p in written} - {"transfers.txt", "shapes.txt", "calendar.txt"}
    if missing:
        raise ValueError(f"bundle is missing {sorted(missing)}")
    return written


def load_latest(bucket: str, key: str, staging_root: Path) -> Path:
    staging = staging_root / Path(key).stem.replace(".tar", "")
    files = unpack_bundle(_download(bucket, key), staging)
    log.info("unpacked %d files from s3://%s/%s", len(files), bucket, key)
    return staging
