"""Imports study bundles delivered by external imaging centres (CBCT scans).

Centres upload a .tar.gz containing the DICOM series plus a manifest.json.
"""
import json
import logging
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

STUDY_UID_RE = re.compile(r"^[0-9]+(\.[0-9]+){1,40}$")
PATIENT_REF_RE = re.compile(r"^[A-Z0-9-]{4,32}$")


@dataclass
class BundleImportSettings:
    staging_root: Path = Path("/srv/imaging/staging")
    archive_root: Path = Path("/srv/imaging/archive")
    max_bundle_bytes: int = 4 * 1024**3


@dataclass
class ImportedStudy:
    study_uid: str
    patient_ref: str
    files: list[Path] = field(default_factory=list)


class ImagingBundleImporter:
    def __init__(self, settings: BundleImportSettings | None = None):
        self.settings = settings or BundleImportSettings()

    def _unpack(self, bundle: Path) -> Path:
        if bundle.stat().st_size > self.settings.max_bundle_bytes:
            raise ValueError("bundle too large")
        workdir = Path(tempfile.mkdtemp(prefix="bundle-", dir=self.settings.staging_root))
        with tarfile.open(bundle, mode="r:gz") as tar:
            tar.extractall(path=workdir)
        return workdir

    @staticmethod
    def _read_manifest(workdir: Path) -> ImportedStudy:
        manifest = json.loads((workdir / "manifest.json").read_text(encoding="utf-8"))
        study_uid, patient_ref = str(manifest["studyUid"]), str(manifest["patientRef"])
        if not STUDY_UID_RE.fullmatch(study_uid) or not PATIENT_REF_RE.fullmatch(patient_ref):
            raise ValueError("manifest identifiers malformed")
        return ImportedStudy(study_uid=study_uid, patient_ref=patient_ref)

    def import_bundle(self, bundle: Path) -> ImportedStudy:
        workdir = self._unpack(bundle)
        try:
            study = self._read_manifest(workdir)
            dest = self.settings.archive_root / study.patient_ref / study.study_uid
            dest.mkdir(parents=True, exist_ok=True)
            for dcm in sorted(workdir.rglob("*.dcm")):
                target = dest / dcm.name
                shutil.copy2(dcm, target)
                study.files.append(target)
            log.info("imported %d files for study %s", len(study.files), study.study_uid)
            return study
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
