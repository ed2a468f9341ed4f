"""Unpack zipped roster bundles (CSV plus instructor certificates) from the head office."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import List

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024
ALLOWED = {".csv", ".pdf", ".png", ".jpg"}


@dataclass
class ImportedBundle:
    roster_csv: Path
    certificates: List[Path]


class BundleError(ValueError):
    pass


def _checked_target(dest: Path, name: str) -> Path:
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts:
        raise BundleError(f"rejected member {name!r}")
    target = (dest / pure).resolve()
    if not target.is_relative_to(dest):
        raise BundleError(f"rejected member {name!r}")
    return target


def extract_bundle(archive: Path, dest: Path) -> ImportedBundle:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: List[Path] = []
    with zipfile.ZipFile(archive) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise BundleError("bundle too large")
        for info in infos:
            if PurePosixPath(info.filename).suffix.lower() not in ALLOWED:
                continue
            target = _checked_target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                out.write(src.read())
            written.append(target)
    rosters = [p for p in written if p.suffix == ".csv"]
    if len(rosters) != 1:
        raise BundleError("bundle must contain exactly one roster CSV")
    return ImportedBundle(rosters[0], [p for p in written if p.suffix != ".csv"])
