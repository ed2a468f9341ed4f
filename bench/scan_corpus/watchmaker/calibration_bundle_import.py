"""Import calibration bundles sent by partner service centres.

A bundle is a zip archive holding one folder per movement with the raw
timegrapher traces and a summary JSON.
"""
from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Dict, List

INBOX = Path(os.environ.get("CALIBRATION_INBOX", "/srv/calibration/inbox"))
STAGING = Path(os.environ.get("CALIBRATION_STAGING", "/srv/calibration/staging"))
CHUNK = 1 << 16


def _member_target(destination: Path, member: zipfile.ZipInfo) -> str:
    return os.path.join(destination, member.filename)


def unpack_bundle(archive: Path, destination: Path) -> List[str]:
    written: List[str] = []
    with zipfile.ZipFile(archive) as bundle:
        for member in bundle.infolist():
            target = _member_target(destination, member)
            if member.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
            written.append(target)
    return written


def summarise(destination: Path) -> Dict[str, dict]:
    summaries: Dict[str, dict] = {}
    for summary_file in destination.glob("*/summary.json"):
        with summary_file.open() as handle:
            summaries[summary_file.parent.name] = json.load(handle)
    return summaries


def process_inbox() -> Dict[str, Dict[str, dict]]:
    results: Dict[str, Dict[str, dict]] = {}
    for archive in sorted(INBOX.glob("*.zip")):
        destination = STAGING / archive.stem
        destination.mkdir(parents=True, exist_ok=True)
        unpack_bundle(archive, destination)
        results[archive.name] = summarise(destination)
        archive.rename(archive.with_suffix(".done"))
    return results


if __name__ == "__main__":
    print(json.dumps(process_inbox(), indent=2))
