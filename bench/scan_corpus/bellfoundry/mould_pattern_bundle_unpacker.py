"""Unpacks mould pattern bundles (profiles, inscription plates, ornament STL files) from designers."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

log = logging.getLogger("foundry.patterns")


@dataclass
class UnpackResult:
    bundle: str
    destination: Path
    files: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)


class PatternBundle:
    accepted_suffixes = (".stl", ".dxf", ".svg", ".json", ".pdf")

    def __init__(self, archive_path: Path) -> None:
        self.archive_path = archive_path

    def members(self) -> List[zipfile.ZipInfo]:
        with zipfile.ZipFile(self.archive_path) as zf:
            return [m for m in zf.infolist() if not m.is_dir()]

    def wanted(self, info: zipfile.ZipInfo) -> bool:
        return info.filename.lower().endswith(self.accepted_suffixes)


class BundleUnpacker:
    def __init__(self, workshop_root: Path) -> None:
        self.workshop_root = workshop_root

    def _target(self, destination: Path, info: zipfile.ZipInfo) -> str:
        return os.path.join(destination, info.filename)

    def unpack(self, bundle: PatternBundle, order_ref: str) -> UnpackResult:
        destination = self.workshop_root / order_ref / "patterns"
        destination.mkdir(parents=True, exist_ok=True)
        result = UnpackResult(bundle=bundle.archive_path.name, destination=destination)
        with zipfile.ZipFile(bundle.archive_path) as zf:
            for info in bundle.members():
                if not bundle.wanted(info):
                    result.skipped.append(info.filename)
                    continue
                target = self._target(destination, info)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                result.files.append(info.filename)
        log.info("unpacked %d pattern files for %s", len(result.files), order_ref)
        return result


if __name__ == "__main__":
    import sys

    unpacker = BundleUnpacker(Path(os.environ.get("WORKSHOP_ROOT", "/srv/workshop")))
    outcome = unpacker.unpack(PatternBundle(Path(sys.argv[1])), sys.argv[2])
    print(f"{len(outcome.files)} files -> {outcome.destination}")
