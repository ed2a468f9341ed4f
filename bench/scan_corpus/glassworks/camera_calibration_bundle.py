"""Install calibration bundles for the hot-end and cold-end inspection cameras.

The camera vendor ships calibration sets as .tar.gz bundles (lens maps,
reference images, defect classifier thresholds).  Line engineers upload the
bundle through the QA tools page and it is unpacked into the line's profile.
"""
from __future__ import annotations

import logging
import os
import shutil
import tarfile
import tempfile
from pathlib import Path
from typing import Iterator

log = logging.getLogger("glassworks.qa.calibration")

PROFILE_ROOT = Path(os.environ.get("CAMERA_PROFILE_ROOT", "/srv/glassworks/camera-profiles"))
ALLOWED_SUFFIXES = {".png", ".json", ".lut", ".onnx"}


def _calibration_members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    for member in archive:
        if member.isdir():
            yield member
            continue
        if Path(member.name).suffix.lower() in ALLOWED_SUFFIXES:
            yield member
        else:
            log.debug("skipping %s", member.name)


def install_bundle(line_id: str, bundle_path: Path) -> Path:
    if not line_id.isalnum():
        raise ValueError("line id must be alphanumeric")
    staging = Path(tempfile.mkdtemp(prefix="calib-"))
    try:
        with tarfile.open(bundle_path, mode="r:gz") as archive:
            archive.extractall(path=staging, members=_calibration_members(archive))
        manifest = staging / "manifest.json"
        if not manifest.exists():
            raise ValueError("bundle has no manifest.json")
        target = PROFILE_ROOT / line_id
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staging, target)
        log.info("installed calibration bundle for line %s", line_id)
        return target
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="install a camera calibration bundle")
    ap.add_argument("line_id")
    ap.add_argument("bundle", type=Path)
    ns = ap.parse_args()
    print(install_bundle(ns.line_id, ns.bundle))
