"""Imports eSIM profile bundles that partners upload through the partner API.

A bundle is a .tar.gz containing a manifest.json and one .der profile per ICCID.
"""
from __future__ import annotations

import json
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ICCID_RE = re.compile(r"^89\d{16,18}$")


@dataclass
class BundleImportResult:
    bundle_id: str
    profiles: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


class EsimBundleImporter:
    def __init__(self, profile_store, staging_root: Path) -> None:
        self._store = profile_store
        self._staging_root = staging_root

    def import_bundle(self, bundle_id: str, archive_path: Path) -> BundleImportResult:
        workdir = Path(tempfile.mkdtemp(prefix="esim-", dir=self._staging_root))
        try:
            with tarfile.open(archive_path, "r:gz") as tar:
                tar.extractall(workdir)
            manifest = json.loads((workdir / "manifest.json").read_text())
            result = BundleImportResult(bundle_id=bundle_id)
            for iccid in manifest.get("iccids", []):
                if not isinstance(iccid, str) or not ICCID_RE.fullmatch(iccid):
                    result.missing.append(str(iccid))
                    continue
                profile = workdir / f"{iccid}.der"
                if profile.is_file():
                    self._store.put(iccid, profile.read_bytes())
                    result.profiles.append(iccid)
                else:
                    result.missing.append(iccid)
            return result
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
