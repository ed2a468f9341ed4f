"""Unpacks show packages (firing script, soundtrack, module map) received from designers."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBER_BYTES = 200 * 1024 * 1024
REQUIRED = {"manifest.json", "script.csv"}


@dataclass(frozen=True)
class ShowPackage:
    show_id: str
    root: Path
    files: list[str]
    manifest: dict


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_package(archive_path: Path, staging_root: Path, show_id: str) -> ShowPackage:
    dest = staging_root / show_id
    dest.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(archive_path) as zf:
        names = set(zf.namelist())
        missing = REQUIRED - names
        if missing:
            raise ValueError(f"show package missing {sorted(missing)}")
        for info in zf.infolist():
            if info.is_dir():
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                raise ValueError(f"{info.filename} is too large")
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    for name, expected in manifest.get("checksums", {}).items():
        if name not in written:
            raise ValueError(f"manifest lists {name} which is not in the package")
        actual = _sha256(dest / name)
        if actual != expected:
            raise ValueError(f"checksum mismatch for {name}")
    log.info("show %s: unpacked %d files", show_id, len(written))
    return ShowPackage(show_id=show_id, root=dest, files=sorted(written), manifest=manifest)
