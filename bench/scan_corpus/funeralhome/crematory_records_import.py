"""Import cremation record bundles from partner crematories.

Some locations use a third-party crematory. After each cremation the partner
uploads a .tar.gz containing the cremation certificate, chain-of-custody log
and retort printout; we unpack it and attach the files to the case.
"""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from fhgroup.cases.attachments import attach_file
from fhgroup.crematory.models import PartnerUpload

log = logging.getLogger(__name__)

EXPECTED_FILES = {"certificate.pdf", "custody_log.csv", "retort.txt"}


def _unpack(bundle_path: Path, staging: Path) -> list[Path]:
    with tarfile.open(bundle_path, mode="r:gz") as bundle:
        bundle.extractall(path=staging)
    return [p for p in staging.rglob("*") if p.is_file()]


def import_partner_bundle(upload: PartnerUpload) -> int:
    staging = Path(tempfile.mkdtemp(prefix="cremation-bundle-"))
    try:
        files = _unpack(Path(upload.stored_path), staging)
        found = {p.name for p in files}
        missing = EXPECTED_FILES - found
        if missing:
            log.warning("bundle %s missing %s", upload.pk, sorted(missing))
        attached = 0
        for path in files:
            if path.name in EXPECTED_FILES:
                attach_file(case_id=upload.case_id, category="cremation", path=path)
                attached += 1
        upload.mark_processed(attached=attached)
        return attached
    finally:
        shutil.rmtree(staging, ignore_errors=True)
