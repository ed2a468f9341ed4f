"""Ingest diagnostic log bundles uploaded by site gateways.

Each gateway uploads a .tar.gz to the diagnostics bucket once a day. This
worker downloads new bundles, unpacks them into the shared analysis volume
and indexes the files for the reliability team.
"""

import logging
import os
import tarfile
import tempfile
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

BUCKET = os.environ.get("DIAG_BUCKET", "")
ANALYSIS_ROOT = Path(os.environ.get("DIAG_ANALYSIS_ROOT", "/srv/diagnostics"))


def unpack_bundle(archive: Path, gateway_id: str) -> Path:
    dest = ANALYSIS_ROOT / gateway_id / archive.stem.replace(".tar", "")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(path=dest)
    return dest


def index_files(root: Path) -> list[dict]:
    entries = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            entries.append({"path": str(path.relative_to(root)), "size": path.stat().st_size})
    return entries


def process_new_bundles(s3=None) -> int:
    s3 = s3 or boto3.client("s3")
    processed = 0
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix="incoming/"):
        for obj in page.get("Contents", []):
            key = obj["Key"]
            gateway_id = key.split("/")[1]
            with tempfile.TemporaryDirectory() as tmp:
                local = Path(tmp) / Path(key).name
                s3.download_file(BUCKET, key, str(local))
                dest = unpack_bundle(local, gateway_id)
            log.info("%s: %d files unpacked", key, len(index_files(dest)))
            s3.copy_object(Bucket=BUCKET, Key=key.replace("incoming/", "processed/", 1),
                           CopySource={"Bucket": BUCKET, "Key": key})
            s3.delete_object(Bucket=BUCKET, Key=key)
            processed += 1
    return processed
