"""Integrity digests for skin lot manifests shared with tanneries before auction."""
import hashlib
import json
from pathlib import Path

import boto3

from fellmonger.settings import MANIFEST_BUCKET, MANIFEST_DIR

CHUNK_SIZE = 1 << 16


def manifest_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_digest_index(sale_code: str) -> dict[str, str]:
    sale_dir = Path(MANIFEST_DIR) / sale_code
    index = {}
    for manifest in sorted(sale_dir.glob("lot_*.csv")):
        index[manifest.name] = manifest_digest(manifest)
    return index


def publish_manifests(sale_code: str) -> int:
    s3 = boto3.client("s3")
    index = build_digest_index(sale_code)
    sale_dir = Path(MANIFEST_DIR) / sale_code
    for name, sha in index.items():
        s3.upload_file(
            str(sale_dir / name),
            MANIFEST_BUCKET,
            f"{sale_code}/{name}",
            ExtraArgs={"Metadata": {"sha256": sha}, "ContentType": "text/csv"},
        )
    s3.put_object(
        Bucket=MANIFEST_BUCKET,
        Key=f"{sale_code}/SHA256SUMS.json",
        Body=json.dumps(index, indent=2).encode(),
        ContentType="application/json",
    )
    return len(index)
