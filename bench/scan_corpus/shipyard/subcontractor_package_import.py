"""Unpack document packages uploaded by subcontractors.

Outfitting and painting subcontractors deliver their as-built documents
(procedures, coating inspection reports, material certificates) as a
single .tar.gz through the portal. The package is unpacked into the hull's
document area and every file is registered for review.
"""
from __future__ import annotations

import hashlib
import tarfile
from pathlib import Path

from portal.config import DOCUMENT_ROOT
from portal.models import DeliveredDocument, Package

ALLOWED_SUFFIXES = {".pdf", ".xlsx", ".docx", ".dwg", ".dxf", ".csv"}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_package(package: Package) -> list[DeliveredDocument]:
    target = Path(DOCUMENT_ROOT) / package.hull_no / "subcontractors" / str(package.company_id) / package.ref
    target.mkdir(parents=True, exist_ok=True)

    with tarfile.open(package.upload_path, mode="r:gz") as tar:
        tar.extractall(path=target)

    documents = []
    for path in sorted(target.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in ALLOWED_SUFFIXES:
            continue
        documents.append(
            DeliveredDocument.objects.create(
                package=package,
                relative_path=str(path.relative_to(target)),
                size_bytes=path.stat().st_size,
                sha256=_sha256(path),
                status="pending_review",
            )
        )
    package.status = "unpacked"
    package.save(update_fields=["status"])
    return documents
