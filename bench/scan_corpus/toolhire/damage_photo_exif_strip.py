"""Strips GPS and device metadata from damage photos before they are shared.

Photos go to customers and insurers with the damage claim; location tags from
a customer's phone would reveal their home or site address.
"""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path
from typing import List, Sequence

log = logging.getLogger("toolhire.damage.exif")

EXIFTOOL = os.environ.get("TH_EXIFTOOL", "/usr/bin/exiftool")
STRIP_TAGS: Sequence[str] = ("-gps:all=", "-xmp:geotag=", "-SerialNumber=", "-OwnerName=")
PHOTO_ROOT = Path(os.environ.get("TH_DAMAGE_PHOTO_ROOT", "/srv/damage-photos"))


class StripFailed(RuntimeError):
    pass


def _exiftool_args(photo: Path) -> List[str]:
    return [EXIFTOOL, "-q", "-overwrite_original", *STRIP_TAGS, "--", str(photo)]


def strip_metadata(photo: Path) -> None:
    result = subprocess.run(
        _exiftool_args(photo),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if result.returncode != 0:
        raise StripFailed(result.stderr.strip()[:300])


def strip_claim_photos(claim_id: int) -> List[str]:
    folder = PHOTO_ROOT / str(claim_id)
    done: List[str] = []
    for photo in sorted(folder.glob("*")):
        if photo.suffix.lower() not in {".jpg", ".jpeg", ".png", ".heic"}:
            continue
        try:
            strip_metadata(photo)
            done.append(photo.name)
        except (StripFailed, subprocess.TimeoutExpired) as exc:
            log.warning("could not strip %s for claim %s: %s", photo.name, claim_id, exc)
    return done
