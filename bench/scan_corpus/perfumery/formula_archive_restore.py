"""Restores formula archives exported by perfumers from their workstations.

An archive is a zip holding ``manifest.json`` plus one CSV per formula version;
the restore job unpacks it into the perfumer's working area on the vault host.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("vault.restore")

CHUNK = 64 * 1024
FORMULA_CODE = re.compile(r"[A-Z]{2,4}-\d{4,6}")


@dataclass
class RestoreResult:
    formula_code: str
    files: list[str]
    bytes_written: int


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest_root: str) -> int:
    target = os.path.join(dest_root, info.filename)
    if info.is_dir():
        os.makedirs(target, exist_ok=True)
        return 0
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with zf.open(info) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, CHUNK)
    return info.file_size


def restore_archive(archive_path: Path, workspace: Path) -> RestoreResult:
    """Unpack an uploaded formula archive into ``workspace``."""
    with zipfile.ZipFile(archive_path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        formula_code = manifest["formula_code"]
        if not FORMULA_CODE.fullmatch(formula_code):
            raise ValueError(f"unexpected formula code {formula_code!r}")
        dest_root = str(workspace / formula_code)
        written = 0
        names: list[str] = []
        for info in zf.infolist():
            if info.filename == "manifest.json":
                continue
            written += _copy_member(zf, info, dest_root)
            names.append(info.filename)
    log.info("restored %s (%d files, %d bytes)", formula_code, len(names), written)
    return RestoreResult(formula_code=formula_code, files=names, bytes_written=written)
