"""Unpack market domain data bundles published by the industry data service.

Bundles arrive as zip files containing CSV extracts (GSP groups, LLFCs,
profile classes). They are unpacked into a dated staging folder and then
loaded by the reference-data job.
"""
import datetime as dt
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path(os.environ.get("MDD_STAGING_ROOT", "/srv/refdata/mdd"))
MAX_MEMBERS = 500


def staging_dir_for(published: dt.date) -> Path:
    path = STAGING_ROOT / published.isoformat()
    path.mkdir(parents=True, exist_ok=True)
    return path


def unpack_bundle(bundle: Path, dest: Path) -> list[Path]:
    written: list[Path] = []
    with zipfile.ZipFile(bundle) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"{bundle.name}: too many members ({len(members)})")
        for info in members:
            if info.is_dir():
                continue
            out = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as fh:
                shutil.copyfileobj(src, fh)
            written.append(Path(out))
    log.info("Unpacked %d file(s) from %s", len(written), bundle.name)
    return written


def stage(bundle: Path, published: dt.date) -> list[Path]:
    dest = staging_dir_for(published)
    return [p for p in unpack_bundle(bundle, dest) if p.suffix.lower() == ".csv"]
