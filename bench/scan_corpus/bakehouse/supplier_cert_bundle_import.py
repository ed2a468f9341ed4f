"""Imports supplier certificate bundles (BRCGS, organic, gluten-free audits).

Suppliers upload a .tar.gz containing their PDF certificates and a manifest;
the importer unpacks it into the supplier's folder on the QA share.
"""
from __future__ import annotations

import json
import tarfile
from dataclasses import dataclass
from pathlib import Path

QA_SHARE = Path("/srv/qa/supplier-certs")


@dataclass
class BundleResult:
    supplier_id: str
    certificates: list[str]
    manifest: dict


class CertificateBundle:
    mode = "r:gz"

    def __init__(self, supplier_id: str, archive_path: Path) -> None:
        self.supplier_id = supplier_id
        self.archive_path = archive_path

    @property
    def destination(self) -> Path:
        return QA_SHARE / self.supplier_id

    def _unpack(self, archive: tarfile.TarFile) -> None:
        self.destination.mkdir(parents=True, exist_ok=True)
        archive.extractall(path=self.destination)

    def import_bundle(self) -> BundleResult:
        with tarfile.open(self.archive_path, self.mode) as archive:
            names = archive.getnames()
            if "manifest.json" not in names:
                raise ValueError("bundle has no manifest.json")
            self._unpack(archive)
        manifest = json.loads((self.destination / "manifest.json").read_text())
        certs = sorted(n for n in names if n.lower().endswith(".pdf"))
        return BundleResult(self.supplier_id, certs, manifest)


def import_upload(supplier_id: str, upload_path: str) -> dict:
    result = CertificateBundle(supplier_id, Path(upload_path)).import_bundle()
    return {
        "supplier": result.supplier_id,
        "certificates": result.certificates,
        "audit_expiry": result.manifest.get("audit_expiry"),
    }
