"""Unpacks fabric swatch bundles (lace, tulle, satin scans) sent by suppliers."""
from __future__ import annotations

import logging
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("swatches")


@dataclass
class BundleRules:
    extensions: tuple[str, ...] = (".jpg", ".jpeg", ".png", ".tif", ".pdf")
    max_member_bytes: int = 40 * 1024 * 1024
    skip_prefixes: tuple[str, ...] = ("__MACOSX/",)


@dataclass
class UnpackReport:
    supplier: str
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class SwatchBundleUnpacker:
    def __init__(self, library_root: Path, rules: BundleRules | None = None) -> None:
        self.library_root = library_root
        self.rules = rules or BundleRules()

    def _wanted(self, info: zipfile.ZipInfo) -> bool:
        name = info.filename
        if info.is_dir() or name.startswith(self.rules.skip_prefixes):
            return False
        if info.file_size > self.rules.max_member_bytes:
            return False
        return name.lower().endswith(self.rules.extensions)

    def unpack(self, supplier: str, bundle_path: Path) -> UnpackReport:
        report = UnpackReport(supplier=supplier)
        dest_root = self.library_root / supplier
        with zipfile.ZipFile(bundle_path) as bundle:
            for info in bundle.infolist():
                if not self._wanted(info):
                    report.skipped.append(info.filename)
                    continue
                target = os.path.join(dest_root, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with bundle.open(info) as src, open(target, "wb") as out:
                    out.write(src.read())
                report.written.append(info.filename)
        log.info("%s: %d swatches, %d skipped", supplier, len(report.written), len(report.skipped))
        return report


def process_inbox(inbox: Path, library_root: Path) -> list[UnpackReport]:
    unpacker = SwatchBundleUnpacker(library_root)
    reports = []
    for bundle in sorted(inbox.glob("*.zip")):
        supplier = bundle.stem.split("_", 1)[0].lower()
        reports.append(unpacker.unpack(supplier, bundle))
        bundle.rename(bundle.with_suffix(".done"))
    return reports
