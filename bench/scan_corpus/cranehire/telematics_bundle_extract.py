"""Unpack diagnostic bundles exported from crane telematics units.

When a crane reports a fault, the field engineer downloads a ZIP bundle
from the unit (event log, LMI calibration, config) and uploads it here for
the workshop to review.
"""
import zipfile
from pathlib import Path
from typing import List

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class BundleError(ValueError):
    pass


def _safe_target(dest: Path, member: zipfile.ZipInfo) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest):
        raise BundleError(f"member escapes bundle folder: {member.filename!r}")
    return target


def extract_bundle(bundle_path: Path, dest: Path) -> List[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: List[Path] = []
    with zipfile.ZipFile(bundle_path) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise BundleError("too many files in bundle")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleError("bundle too large when unpacked")
        for member in members:
            target = _safe_target(dest, member)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            written.append(target)
    return written


def summarise(files: List[Path]) -> dict:
    kinds = {"event_log": 0, "calibration": 0, "config": 0, "other": 0}
    for path in files:
        if path.name.startswith("events"):
            kinds["event_log"] += 1
        elif path.suffix == ".cal":
            kinds["calibration"] += 1
        elif path.suffix in (".json", ".ini"):
            kinds["config"] += 1
        else:
            kinds["other"] += 1
    return kinds
