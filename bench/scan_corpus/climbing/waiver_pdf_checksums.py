"""Integrity manifest for signed waiver PDFs kept in cold storage."""
from __future__ import annotations

import hashlib as hl
import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import boto3

log = logging.getLogger("waivers.manifest")

DIGEST_NAME = "sha256"
CHUNK_SIZE = 1024 * 1024
ARCHIVE_BUCKET = "summitwalls-waiver-archive"


@dataclass
class ManifestEntry:
    name: str
    size: int
    digest: str


def file_digest(path: Path, algorithm: str = DIGEST_NAME) -> str:
    h = hl.new(algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(folder: Path) -> list[ManifestEntry]:
    return [
        ManifestEntry(p.name, p.stat().st_size, file_digest(p))
        for p in sorted(folder.glob("*.pdf"))
    ]


def upload_with_manifest(folder: Path, prefix: str, bucket: str = ARCHIVE_BUCKET) -> int:
    s3 = boto3.client("s3")
    entries = build_manifest(folder)
    for entry in entries:
        s3.upload_file(
            str(folder / entry.name),
            bucket,
            f"{prefix}/{entry.name}",
            ExtraArgs={"Metadata": {"sha256": entry.digest}, "ServerSideEncryption": "aws:kms"},
        )
    manifest = {
        "created": datetime.now(timezone.utc).isoformat(),
        "algorithm": DIGEST_NAME,
        "files": [asdict(e) for e in entries],
    }
    s3.put_object(
        Bucket=bucket,
        Key=f"{prefix}/MANIFEST.json",
        Body=json.dumps(manifest, indent=2).encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )
    log.info("archived %d waivers under %s", len(entries), prefix)
    return len(entries)


def verify_local_copy(folder: Path, manifest_path: Path) -> list[str]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    mismatched = []
    for item in manifest["files"]:
        path = folder / Path(item["name"]).name
        if not path.exists() or file_digest(path, manifest["algorithm"]) != item["digest"]:
            mismatched.append(item["name"])
    return mismatched
