"""Mirror exported parquet files to the object store over its HTTP API.

Used by the nightly pipeline after the export step:

    python -m pipeline.object_store_sync exports/2024-06-01
"""
import argparse
import hashlib
import logging
import os
from pathlib import Path

import certifi
import urllib3

log = logging.getLogger("object_store_sync")

STORE_URL = os.environ["OBJECT_STORE_URL"].rstrip("/")
STORE_BUCKET = os.environ.get("OBJECT_STORE_BUCKET", "exports")
STORE_TOKEN = os.environ["OBJECT_STORE_TOKEN"]

http = urllib3.PoolManager(
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    retries=urllib3.Retry(total=4, backoff_factor=2.0, allowed_methods=None),
    timeout=urllib3.Timeout(connect=5.0, read=300.0),
)


def remote_checksum(key: str) -> str | None:
    resp = http.request(
        "HEAD",
        f"{STORE_URL}/{STORE_BUCKET}/{key}",
        headers={"Authorization": f"Bearer {STORE_TOKEN}"},
    )
    if resp.status == 404:
        return None
    return resp.headers.get("X-Meta-Sha256")


def local_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def upload(path: Path, key: str, checksum: str) -> None:
    with path.open("rb") as fh:
        resp = http.request(
            "PUT",
            f"{STORE_URL}/{STORE_BUCKET}/{key}",
            body=fh.read(),
            headers={
                "Authorization": f"Bearer {STORE_TOKEN}",
                "Content-Type": "application/vnd.apache.parquet",
                "X-Meta-Sha256": checksum,
            },
        )
    if resp.status >= 300:
        raise RuntimeError(f"upload of {key} failed with HTTP {resp.status}")


def sync_dir(root: Path) -> int:
    uploaded = 0
    for path in sorted(root.rglob("*.parquet")):
        key = path.relative_to(root.parent).as_posix()
        checksum = local_sha256(path)
        if remote_checksum(key) == checksum:
            continue
        upload(path, key, checksum)
        uploaded += 1
    return uploaded


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("uploaded %d files", sync_dir(args.root))
