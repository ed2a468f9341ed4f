"""Validate timber supplier delivery manifests.

Suppliers email a manifest CSV together with a SHA-256 line from their public
download page so the stores clerk can confirm the file arrived complete.
"""
import csv
import hashlib
import io
from dataclasses import dataclass

from shipwright.config import settings


class ManifestError(ValueError):
    pass


@dataclass
class ManifestLine:
    species: str
    grade: str
    thickness_mm: int
    board_feet: float


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify_download(data: bytes, published_checksum: str) -> None:
    expected = published_checksum.strip().lower()
    if sha256_hex(data) != expected:
        raise ManifestError("Manifest file is incomplete or corrupted; download it again")


def parse_manifest(data: bytes) -> list[ManifestLine]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    lines = []
    for row in reader:
        if row["species"].strip().lower() not in settings.accepted_species:
            raise ManifestError(f"Unexpected species {row['species']!r}")
        lines.append(
            ManifestLine(
                species=row["species"].strip(),
                grade=row.get("grade", "").strip(),
                thickness_mm=int(row["thickness_mm"]),
                board_feet=float(row["board_feet"]),
            )
        )
    return lines


def load_manifest(data: bytes, published_checksum: str) -> list[ManifestLine]:
    verify_download(data, published_checksum)
    return parse_manifest(data)
