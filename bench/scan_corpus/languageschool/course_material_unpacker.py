"""Unpacks course-material bundles published by the curriculum team.

Bundles are ``.tar.gz`` files containing the audio, PDFs and slide decks
for a course edition. The release job downloads a bundle and unpacks it
under the materials root for the web servers to serve.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path
from typing import List

log = logging.getLogger("materials.unpack")

MATERIALS_ROOT = Path("/srv/lingua/materials")
MAX_MEMBER_BYTES = 500 * 1024 * 1024


def _oversized(members: List[tarfile.TarInfo]) -> List[str]:
    return [m.name for m in members if m.isfile() and m.size > MAX_MEMBER_BYTES]


def unpack_bundle(bundle: Path, course_code: str, edition: str) -> Path:
    destination = MATERIALS_ROOT / course_code / edition
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as archive:
        members = archive.getmembers()
        too_big = _oversized(members)
        if too_big:
            raise ValueError(f"bundle members exceed size limit: {too_big}")
        archive.extractall(path=destination, members=members, filter="data")
    log.info("unpacked %s (%d members) into %s", bundle.name, len(members), destination)
    return destination


def publish_latest(bundle_dir: Path, course_code: str) -> Path | None:
    bundles = sorted(bundle_dir.glob(f"{course_code}-*.tar.gz"))
    if not bundles:
        return None
    latest = bundles[-1]
    edition = latest.name[len(course_code) + 1 : -len(".tar.gz")]
    return unpack_bundle(latest, course_code, edition)
