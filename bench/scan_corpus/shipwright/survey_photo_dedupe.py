"""De-duplicate hull survey photographs before they are attached to a report.

Surveyors often upload the same set of photos from both the tablet and the
camera card; byte-identical files are collapsed into a single attachment.
"""
import hashlib
import logging
from pathlib import Path
from typing import Iterable

from shipwright.config import settings

logger = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024


def file_fingerprint(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def group_duplicates(paths: Iterable[Path]) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(file_fingerprint(path), []).append(path)
    return groups


def collapse_survey_photos(survey_dir: Path) -> list[Path]:
    photos = sorted(
        p for p in survey_dir.iterdir()
        if p.is_file() and p.suffix.lower() in settings.survey_photo_extensions
    )
    kept = []
    for fingerprint, copies in group_duplicates(photos).items():
        copies.sort(key=lambda p: p.stat().st_mtime)
        kept.append(copies[0])
        for duplicate in copies[1:]:
            logger.info("Dropping duplicate photo %s (%s)", duplicate.name, fingerprint)
            duplicate.unlink()
    return kept
