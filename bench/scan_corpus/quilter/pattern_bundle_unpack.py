"""Unpacks the ZIP bundles that designers upload with a pattern.

A bundle holds the instruction PDF, printable templates and sometimes
colouring sheets. Files are unpacked into the pattern's folder in the
library and listed on the pattern page.
"""
import shutil
import zipfile
from pathlib import Path

from celery import shared_task

from quilter.config import settings
from quilter.library.models import Pattern, PatternFile

MAX_BUNDLE_FILES = 200
MAX_UNCOMPRESSED = 500 * 1024 * 1024


def _check_limits(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = [info for info in zf.infolist() if not info.is_dir()]
    if len(members) > MAX_BUNDLE_FILES:
        raise ValueError("Bundle has too many files")
    if sum(info.file_size for info in members) > MAX_UNCOMPRESSED:
        raise ValueError("Bundle is too large once unpacked")
    return members


def unpack_bundle(bundle_path: Path, dest: Path) -> list[str]:
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        for info in _check_limits(zf):
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    return written


@shared_task(name="library.unpack_pattern_bundle")
def unpack_pattern_bundle(pattern_id: int, bundle_name: str) -> int:
    pattern = Pattern.objects.get(pk=pattern_id)
    bundle_path = Path(settings.PATTERN_SPOOL_DIR) / f"{pattern_id}.zip"
    dest = Path(settings.PATTERN_LIBRARY_ROOT) / pattern.designer.slug / pattern.slug
    dest.mkdir(parents=True, exist_ok=True)
    names = unpack_bundle(bundle_path, dest)
    PatternFile.objects.bulk_create(
        [PatternFile(pattern=pattern, relative_path=name, source_bundle=bundle_name) for name in names]
    )
    bundle_path.unlink(missing_ok=True)
    return len(names)
