"""Import repair estimate packages sent by approved body shops.

Body shops upload a .tar.gz containing the estimate XML, labour sheet and
supporting photos. The package is unpacked into a scratch folder and the
estimate is attached to the claim.
"""
from __future__ import annotations

import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from claims.estimates import attach_estimate, parse_estimate_xml

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".xml", ".pdf", ".jpg", ".jpeg", ".png"}


def unpack_package(archive: Path, workdir: Path) -> list[Path]:
    with tarfile.open(archive, mode="r:gz") as tar:
        tar.extractall(path=workdir)
    return [p for p in workdir.rglob("*") if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES]


def import_package(claim_id: int, archive: Path) -> int:
    workdir = Path(tempfile.mkdtemp(prefix=f"estimate-{claim_id}-"))
    try:
        files = unpack_package(archive, workdir)
        xml_files = [f for f in files if f.suffix.lower() == ".xml"]
        if len(xml_files) != 1:
            raise ValueError(f"expected exactly one estimate XML, found {len(xml_files)}")
        estimate = parse_estimate_xml(xml_files[0])
        attachments = [f for f in files if f not in xml_files]
        estimate_id = attach_estimate(claim_id, estimate, attachments)
        log.info("imported estimate %s for claim %s with %d attachments", estimate_id, claim_id, len(attachments))
        return estimate_id
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
