"""Imports a season archive from the club championship secretary.

At the end of each season the secretary uploads a zip with the round
results CSVs and the podium photos. The archive is unpacked into the
season folder, refusing any member that would land outside it.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

SEASONS_ROOT = Path("/srv/kartcentre/seasons")
ALLOWED_SUFFIXES = {".csv", ".jpg", ".jpeg", ".png", ".pdf"}
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class UnsafeArchive(Exception):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise UnsafeArchive(f"member escapes season folder: {member_name}")
    return target


def import_season(archive_path: Path, season: int) -> list[Path]:
    dest = (SEASONS_ROOT / str(season)).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive_path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise UnsafeArchive("archive too large once unpacked")
        for info in infos:
            if Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s in season %s archive", info.filename, season)
                continue
            target = _safe_target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("imported %d files for season %s", len(written), season)
    return written


def round_results(season: int) -> list[Path]:
    folder = SEASONS_ROOT / str(season)
    return sorted(folder.rglob("round-*.csv"))


if __name__ == "__main__":
    import sys

    for path in import_season(Path(sys.argv[1]), int(sys.argv[2])):
        print(path)
