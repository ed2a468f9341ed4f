"""Unpacks multispectral scan bundles delivered by the external imaging lab.

The lab uploads one ZIP per tapestry (visible, UV fluorescence, IR reflectance
tiles plus a manifest); the job unpacks it into the object's archive folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

CHUNK = 1024 * 1024


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class ScanBundleExtractor:
    def __init__(self, archive_root: Path) -> None:
        self.archive_root = archive_root

    def destination_for(self, accession_no: str) -> Path:
        dest = self.archive_root / accession_no / "multispectral"
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def extract(self, bundle: Path, accession_no: str) -> list[Path]:
        dest = self.destination_for(accession_no)
        written: list[Path] = []
        with zipfile.ZipFile(bundle) as zf:
            for member in zf.infolist():
                if member.is_dir():
                    continue
                target = os.path.join(dest, member.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(member) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out, CHUNK)
                written.append(Path(target))
        return written

    def verify(self, dest: Path) -> list[str]:
        manifest_path = dest / "manifest.json"
        if not manifest_path.exists():
            return ["manifest.json missing"]
        manifest = json.loads(manifest_path.read_text())
        problems = []
        for entry in manifest.get("files", []):
            path = dest / entry["name"]
            if not path.exists():
                problems.append(f"missing {entry['name']}")
            elif _sha256(path) != entry["sha256"]:
                problems.append(f"checksum mismatch {entry['name']}")
        return problems


def ingest(bundle: Path, accession_no: str, archive_root: Path) -> list[str]:
    extractor = ScanBundleExtractor(archive_root)
    extractor.extract(bundle, accession_no)
    return extractor.verify(extractor.destination_for(accession_no))
