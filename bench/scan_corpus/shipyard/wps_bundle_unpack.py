"""Unpack welding procedure bundles delivered by subcontractors.

A bundle is a .tar.gz with WPS/PQR PDFs and welder qualification records
for a work package. It is unpacked into the package's review area and the
contents are registered for QA review.
"""
from __future__ import annotations

import tarfile
from pathlib import Path

from portal.config import DOCUMENT_ROOT
from portal.models import Package, WeldingDocument

DOC_TYPES = {"wps": "procedure", "pqr": "qualification_record", "wpq": "welder_qualification"}


def _doc_type(name: str) -> str:
    prefix = name.split("-", 1)[0].lower()
    return DOC_TYPES.get(prefix, "other")


def unpack_bundle(package: Package) -> list[WeldingDocument]:
    target = Path(DOCUMENT_ROOT) / package.hull_no / "wps" / package.ref
    target.mkdir(parents=True, exist_ok=True)

    with tarfile.open(package.upload_path, mode="r:gz") as tar:
        # "data" rejects absolute paths, links leaving the target and
        # device files, and strips permission bits.
        tar.extractall(path=target, filter="data")

    docs = []
    for path in sorted(target.rglob("*.pdf")):
        docs.append(
            WeldingDocument.objects.create(
                package=package,
                relative_path=str(path.relative_to(target)),
                doc_type=_doc_type(path.name),
                status="pending_review",
            )
        )
    package.status = "unpacked"
    package.save(update_fields=["status"])
    return docs
