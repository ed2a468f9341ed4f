"""Stages on-board unit firmware bundles uploaded by the cabin electronics supplier."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

STAGING_ROOT = Path(os.environ.get("OBU_STAGING", "/srv/obu/staging"))
CHUNK = 1 << 16


@dataclass
class StagedBundle:
    version: str
    directory: Path
    files: list[str]
    manifest_sha256: str


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path) -> str:
    target = os.path.join(dest, info.filename)
    if info.is_dir():
        os.makedirs(target, exist_ok=True)
        return target
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with archive.open(info) as src, open(target, "wb") as out:
        shutil.copyfileobj(src, out, CHUNK)
    return target


def stage_bundle(data: bytes) -> StagedBundle:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        version = manifest["version"]
        if not version.replace(".", "").isdigit():
            raise ValueError("unexpected firmware version format")
        dest = STAGING_ROOT / version
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        written = [
            _copy_member(archive, info, dest)
            for info in archive.infolist()
            if info.filename != "manifest.json"
        ]
    digest = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()
    return StagedBundle(version=version, directory=dest, files=written, manifest_sha256=digest)


def promote(bundle: StagedBundle, release_root: Path) -> Path:
    target = release_root / bundle.version
    shutil.copytree(bundle.directory, target, dirs_exist_ok=True)
    (release_root / "current").unlink(missing_ok=True)
    (release_root / "current").symlink_to(target)
    return target
