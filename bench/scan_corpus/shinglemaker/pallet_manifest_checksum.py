"""Validates pallet manifest files pulled from the mill's outbound SFTP drop."""

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from shinglemaker.config import settings


@dataclass
class ManifestFile:
    path: Path
    published_sha256: str


class ManifestIntegrityError(Exception):
    pass


def file_sha256(path: Path, chunk_size: int = 1 << 16) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_published_checksum(sidecar: Path) -> str:
    text = sidecar.read_text(encoding="ascii").strip()
    return text.split()[0].lower()


def locate_manifest(batch_name: str) -> ManifestFile:
    data = settings.MANIFEST_DROP_DIR / f"{batch_name}.csv"
    sidecar = data.with_suffix(".csv.sha256")
    return ManifestFile(path=data, published_sha256=read_published_checksum(sidecar))


def load_pallet_rows(batch_name: str) -> list[dict]:
    manifest = locate_manifest(batch_name)
    actual = file_sha256(manifest.path)
    if actual != manifest.published_sha256:
        raise ManifestIntegrityError(f"{manifest.path.name} truncated or altered in transfer")
    reader = csv.DictReader(io.StringIO(manifest.path.read_text(encoding="utf-8")))
    return [
        {
            "pallet": row["pallet_id"],
            "grade": row["grade"],
            "length_in": int(row["length_in"]),
            "bundles": int(row["bundles"]),
        }
        for row in reader
    ]
