"""Checksum registry for the CAD drawings store.

Every DXF/STEP file uploaded for a commission is fingerprinted so that
duplicate uploads are detected and the nightly sync to object storage
only transfers drawings whose content actually changed.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path

import boto3

from coppersmith.settings import DRAWINGS_BUCKET, DRAWINGS_ROOT

CHUNK = 1024 * 1024


@dataclass
class DrawingFingerprint:
    relative_path: str
    sha256: str
    size: int


class DrawingChecksumRegistry:
    def __init__(self, root: Path = DRAWINGS_ROOT, bucket: str = DRAWINGS_BUCKET):
        self.root = root
        self.bucket = bucket
        self.s3 = boto3.client("s3")

    @staticmethod
    def fingerprint(path: Path) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(CHUNK), b""):
                digest.update(block)
        return digest.hexdigest()

    def scan(self) -> list[DrawingFingerprint]:
        results = []
        for path in sorted(self.root.rglob("*")):
            if path.suffix.lower() not in {".dxf", ".step", ".stp", ".pdf"}:
                continue
            results.append(
                DrawingFingerprint(
                    relative_path=str(path.relative_to(self.root)),
                    sha256=self.fingerprint(path),
                    size=path.stat().st_size,
                )
            )
        return results

    def remote_checksum(self, key: str) -> str | None:
        try:
            head = self.s3.head_object(Bucket=self.bucket, Key=key)
        except self.s3.exceptions.ClientError:
            return None
        return head.get("Metadata", {}).get("sha256")

    def sync(self) -> int:
        uploaded = 0
        for fp in self.scan():
            if self.remote_checksum(fp.relative_path) == fp.sha256:
                continue
            self.s3.upload_file(
                str(self.root / fp.relative_path),
                self.bucket,
                fp.relative_path,
                ExtraArgs={"Metadata": {"sha256": fp.sha256}},
            )
            uploaded += 1
        return uploaded
