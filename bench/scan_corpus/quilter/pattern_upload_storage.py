"""Storage of pattern files uploaded by designers.

Uploaded files are written into the designer's folder of the pattern
library. The web process and the thumbnail worker share the guild-library
group, so folders are group-readable and files are readable by the group
but writable only by the owner.
"""
import os
import shutil
from pathlib import Path

from quilter.config import settings

LIBRARY_ROOT = Path(settings.PATTERN_LIBRARY_ROOT)
DIR_MODE = 0o750
FILE_MODE = 0o640
LIBRARY_GROUP = settings.PATTERN_LIBRARY_GROUP


def designer_dir(designer_slug: str) -> Path:
    folder = LIBRARY_ROOT / designer_slug
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    shutil.chown(folder, group=LIBRARY_GROUP)
    os.chmod(folder, DIR_MODE)
    return folder


def store_upload(designer_slug: str, pattern_id: int, stream, suffix: str = ".pdf") -> Path:
    folder = designer_dir(designer_slug)
    final = folder / f"pattern-{pattern_id}{suffix}"
    partial = final.with_suffix(final.suffix + ".part")
    with open(partial, "wb") as fh:
        shutil.copyfileobj(stream, fh, length=1 << 20)
    shutil.chown(partial, group=LIBRARY_GROUP)
    os.chmod(partial, FILE_MODE)
    os.replace(partial, final)
    return final


def remove_upload(designer_slug: str, pattern_id: int, suffix: str = ".pdf") -> bool:
    target = designer_dir(designer_slug) / f"pattern-{pattern_id}{suffix}"
    if target.exists():
        target.unlink()
        return True
    return False
