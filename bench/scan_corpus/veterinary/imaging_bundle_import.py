"""Import imaging bundles (tar.gz) uploaded by referral hospitals.

A bundle contains a manifest.json plus the DICOM series referenced by it.
"""
from __future__ import annotations

import json
import logging
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class ImportSettings:
    storage_root: Path
    max_bundle_bytes: int = 2 * 1024 ** 3
    allowed_modalities: frozenset[str] = field(default_factory=lambda: frozenset({"CR", "DX", "US", "CT"}))


@dataclass
class ImportedStudy:
    patient_ref: str
    modality: str
    series: list[Path] = field(default_factory=list)


class ImagingBundleImporter:
    def __init__(self, settings: ImportSettings):
        self.settings = settings

    def _read_manifest(self, workdir: Path) -> dict:
        with (workdir / "manifest.json").open(encoding="utf-8") as fh:
            return json.load(fh)

    def import_bundle(self, bundle_path: Path) -> ImportedStudy:
        if bundle_path.stat().st_size > self.settings.max_bundle_bytes:
            raise ValueError("bundle too large")
        with tempfile.TemporaryDirectory(prefix="imgbundle-") as tmp:
            workdir = Path(tmp)
            with tarfile.open(bundle_path, "r:gz") as tar:
                tar.extractall(workdir)
            manifest = self._read_manifest(workdir)
            modality = manifest.get("modality", "").upper()
            if modality not in self.settings.allowed_modalities:
                raise ValueError(f"unsupported modality {modality!r}")
            study = ImportedStudy(patient_ref=str(manifest["patient_ref"]), modality=modality)
            dest = self.settings.storage_root / study.patient_ref
            dest.mkdir(parents=True, exist_ok=True)
            for dcm in sorted(workdir.rglob("*.dcm")):
                target = dest / dcm.name
                shutil.move(str(dcm), target)
                study.series.append(target)
        log.info("Imported %d images for patient %s", len(study.series), study.patient_ref)
        return study
