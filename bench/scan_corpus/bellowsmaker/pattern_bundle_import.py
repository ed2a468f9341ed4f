"""Imports cutting-pattern bundles for bellows papers and gussets.

The design PC exports a zip per bellows model: DXF cut files for the fold
papers, gussets and corner pieces plus a small manifest. The bundle is
uploaded from the pattern admin page and unpacked into the pattern library
used by the cutting plotter.
"""
import json
import logging
import os
import zipfile
from typing import IO

log = logging.getLogger(__name__)

PATTERN_LIBRARY = os.environ.get("PATTERN_LIBRARY", "/srv/bellows/patterns")
ALLOWED_SUFFIXES = (".dxf", ".svg", ".json", ".txt")


class BundleError(Exception):
    pass


def _read_manifest(zf: zipfile.ZipFile) -> dict:
    try:
        with zf.open("manifest.json") as fh:
            return json.load(fh)
    except KeyError:
        raise BundleError("bundle has no manifest.json")


def _unpack(zf: zipfile.ZipFile, dest: str) -> list[str]:
    written = []
    for info in zf.infolist():
        if info.is_dir() or not info.filename.lower().endswith(ALLOWED_SUFFIXES):
            continue
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:
            while chunk := src.read(64 * 1024):
                out.write(chunk)
        written.append(info.filename)
    return written


def import_bundle(upload: IO[bytes]) -> dict:
    with zipfile.ZipFile(upload) as zf:
        manifest = _read_manifest(zf)
        model = str(manifest.get("model", "")).strip()
        if not model.isalnum():
            raise BundleError("manifest model code must be alphanumeric")
        dest = os.path.join(PATTERN_LIBRARY, model)
        os.makedirs(dest, exist_ok=True)
        files = _unpack(zf, dest)
    log.info("pattern bundle for %s: %d files", model, len(files))
    return {"model": model, "files": files, "revision": manifest.get("revision")}
