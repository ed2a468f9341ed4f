"""Import roster bundles exported by the manning agency.

The agency uploads a .tar.gz with one CSV per vessel plus a manifest.json.
Files are unpacked into a scratch directory and loaded into the roster DB.
"""
import json
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path
from typing import BinaryIO, Dict, List

from roster.loader import load_vessel_csv

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = (".csv", ".json")


def unpack_bundle(fileobj: BinaryIO, workdir: Path) -> List[Path]:
    extracted = []
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.endswith(ALLOWED_SUFFIXES):
                log.debug("skipping bundle member %s", member.name)
                continue
            tar.extract(member, path=workdir)
            extracted.append(workdir / member.name)
    return extracted


def import_bundle(fileobj: BinaryIO, uploaded_by: str) -> Dict[str, int]:
    workdir = Path(tempfile.mkdtemp(prefix="roster-bundle-"))
    try:
        files = unpack_bundle(fileobj, workdir)
        manifest_path = next((p for p in files if p.name == "manifest.json"), None)
        if manifest_path is None:
            raise ValueError("bundle has no manifest.json")
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        counts = {}
        for vessel, csv_name in manifest.get("vessels", {}).items():
            csv_path = next((p for p in files if p.name == csv_name), None)
            if csv_path is None:
                log.warning("manifest lists %s for %s but it is missing", csv_name, vessel)
                continue
            counts[vessel] = load_vessel_csv(vessel, csv_path, imported_by=uploaded_by)
        log.info("roster bundle imported by %s: %s", uploaded_by, counts)
        return counts
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
