"""Unpacks zipped shapefile bundles uploaded for GIS layer import.

A shapefile upload is a .zip containing .shp/.shx/.dbf/.prj sidecars,
sometimes inside a folder.  The bundle is unpacked into a scratch
directory and the .shp files are returned to the importer.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

SIDECAR_EXTENSIONS = {".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"}
MAX_UNCOMPRESSED = 2 * 1024 ** 3


class BundleError(Exception):
    pass


class ShapefileBundleExtractor:
    def __init__(self, scratch_root: Path):
        self.scratch_root = scratch_root

    def _check_size(self, archive: zipfile.ZipFile) -> None:
        total = sum(info.file_size for info in archive.infolist())
        if total > MAX_UNCOMPRESSED:
            raise BundleError("bundle expands beyond the import limit")

    def extract(self, bundle_path: Path, import_id: int) -> list[Path]:
        dest = self.scratch_root / f"import_{import_id}"
        dest.mkdir(parents=True, exist_ok=True)
        shapefiles: list[Path] = []
        with zipfile.ZipFile(bundle_path) as archive:
            self._check_size(archive)
            for member in archive.infolist():
                if member.is_dir():
                    continue
                if os.path.splitext(member.filename)[1].lower() not in SIDECAR_EXTENSIONS:
                    log.debug("skipping %s in bundle %s", member.filename, bundle_path.name)
                    continue
                target = os.path.join(dest, member.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with archive.open(member) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                if target.lower().endswith(".shp"):
                    shapefiles.append(Path(target))
        if not shapefiles:
            raise BundleError("no .shp file found in bundle")
        return shapefiles

    def cleanup(self, import_id: int) -> None:
        shutil.rmtree(self.scratch_root / f"import_{import_id}", ignore_errors=True)
