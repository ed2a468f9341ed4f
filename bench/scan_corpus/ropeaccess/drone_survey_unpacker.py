"""Unpacks survey bundles uploaded by third-party drone pilots.

Subcontracted pilots upload a zip per survey containing the images, the flight
log and a manifest. The bundle is unpacked into the survey workspace before
the thumbnail and upload jobs are queued.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("survey.unpack")

WORKSPACE_ROOT = Path(os.environ.get("SURVEY_WORKSPACE", "/srv/surveys/workspace"))
MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 8 * 1024**3


class BundleError(Exception):
    pass


def _check_sizes(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise BundleError("too many files in bundle")
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
        raise BundleError("bundle expands beyond the size limit")


def unpack_bundle(bundle_path: Path, survey_id: int) -> Path:
    dest = WORKSPACE_ROOT / str(survey_id)
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(bundle_path) as archive:
        _check_sizes(archive)
        for member in archive.infolist():
            target = os.path.join(dest, member.filename)
            if member.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
    log.info("unpacked %s into %s", bundle_path.name, dest)
    return dest


def read_manifest(workspace: Path) -> dict:
    manifest = workspace / "manifest.json"
    if not manifest.exists():
        raise BundleError("bundle has no manifest.json")
    data = json.loads(manifest.read_text())
    for key in ("pilot", "aircraft", "flown_at", "asset_ref"):
        if key not in data:
            raise BundleError(f"manifest missing {key}")
    return data
