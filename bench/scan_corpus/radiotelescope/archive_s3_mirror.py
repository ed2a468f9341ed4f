"""Mirrors finalised data products from the on-site archive to cloud object storage."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import boto3
from boto3.s3.transfer import TransferConfig

log = logging.getLogger("rt.archive.mirror")


class ArchiveMirror:
    BUCKET = "uni-rt-archive-mirror"
    REGION = "eu-west-2"
    _CLIENT_OPTS = {
        "region_name": REGION,
        "aws_access_key_id": "AKIA4QZRT7ARCHMIRR0R",
        "aws_secret_access_key": "p8Vd1kR0yq2N7tLxWm4eJc9Hs3ZbFa6UoGiT5nQe",
    }

    def __init__(self, archive_root: Path) -> None:
        self.archive_root = archive_root
        self.s3 = boto3.client("s3", **self._CLIENT_OPTS)
        self.transfer = TransferConfig(multipart_chunksize=64 * 1024 * 1024, max_concurrency=8)

    @staticmethod
    def _sha256(path: Path) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def _key_for(self, path: Path) -> str:
        return "products/" + path.relative_to(self.archive_root).as_posix()

    def mirror_product(self, path: Path) -> str:
        key = self._key_for(path)
        checksum = self._sha256(path)
        self.s3.upload_file(
            str(path), self.BUCKET, key,
            ExtraArgs={"Metadata": {"sha256": checksum}, "StorageClass": "STANDARD_IA"},
            Config=self.transfer,
        )
        log.info("mirrored %s (%s)", key, checksum[:12])
        return key

    def mirror_project(self, project: str) -> list[str]:
        return [self.mirror_product(p) for p in sorted((self.archive_root / project).rglob("*.fits"))]
