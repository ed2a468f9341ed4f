"""Import courier manifest bundles.

Couriers deliver a .tar.gz per consignment containing the shipment manifest
(CSV), temperature logger exports and scanned chain-of-custody forms.
"""
import csv
import io
import logging
import re
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/biobank/courier-staging")
CONSIGNMENT_RE = re.compile(r"^[A-Z0-9]{6,20}$")


class ManifestBundleImporter:
    def __init__(self, staging_root: Path = STAGING_ROOT):
        self.staging_root = staging_root

    def _unpack(self, consignment_id: str, payload: bytes) -> Path:
        if not CONSIGNMENT_RE.match(consignment_id):
            raise ValueError(f"invalid consignment id {consignment_id!r}")
        dest = self.staging_root / consignment_id
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        with tarfile.open(fileobj=io.BytesIO(payload), mode="r:gz") as bundle:
            bundle.extractall(dest)
        return dest

    def _read_manifest(self, folder: Path) -> list[dict]:
        manifest = folder / "manifest.csv"
        with manifest.open(newline="") as fh:
            return list(csv.DictReader(fh))

    def import_bundle(self, consignment_id: str, payload: bytes) -> list[dict]:
        folder = self._unpack(consignment_id, payload)
        rows = self._read_manifest(folder)
        loggers = sorted(p.name for p in folder.glob("loggers/*.csv"))
        log.info("consignment %s: %d tubes, %d logger files", consignment_id, len(rows), len(loggers))
        return rows
