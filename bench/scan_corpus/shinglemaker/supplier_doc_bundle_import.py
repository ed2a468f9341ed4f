"""Unpacks certificate bundles (grading certs, FSC chain-of-custody) uploaded by log suppliers."""

import tarfile
from pathlib import Path

from shinglemaker.config import settings
from shinglemaker.compliance import record_certificate

CERT_SUFFIXES = {".pdf", ".xml", ".json"}
MAX_MEMBER_BYTES = 25 * 1024 * 1024


def _wanted(member: tarfile.TarInfo) -> bool:
    return member.isfile() and Path(member.name).suffix.lower() in CERT_SUFFIXES and member.size <= MAX_MEMBER_BYTES


def unpack_bundle(bundle_path: Path, supplier_code: str) -> list[Path]:
    dest = (Path(settings.SUPPLIER_CERT_DIR) / supplier_code).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle_path, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if _wanted(m)]
        tar.extractall(path=dest, members=members, filter="data")
    return [dest / m.name for m in members]


def import_bundle(bundle_path: Path, supplier_code: str, uploaded_by: str) -> int:
    count = 0
    for path in unpack_bundle(bundle_path, supplier_code):
        record_certificate(
            supplier_code=supplier_code,
            path=str(path),
            kind=path.suffix.lstrip(".").lower(),
            uploaded_by=uploaded_by,
        )
        count += 1
    bundle_path.unlink(missing_ok=True)
    return count
