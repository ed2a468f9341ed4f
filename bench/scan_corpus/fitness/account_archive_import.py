"""Import of full-account export archives from other training platforms.

Users upload the .tar.gz that Suunto / Coros / TrainingPeaks give them from
"download my data". We unpack it into a scratch directory, pick out the
activity files and hand them to the per-format parsers.
"""
from __future__ import annotations

import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from imports.parsers import parse_fit, parse_gpx, parse_tcx
from imports.store import ActivityStore

log = logging.getLogger(__name__)

PARSERS = {".fit": parse_fit, ".gpx": parse_gpx, ".tcx": parse_tcx}
MAX_ARCHIVE_BYTES = 2 * 1024**3


class ArchiveImporter:
    def __init__(self, store: ActivityStore):
        self.store = store

    def run(self, athlete_id: int, archive_path: Path) -> int:
        if archive_path.stat().st_size > MAX_ARCHIVE_BYTES:
            raise ValueError("archive exceeds size limit")
        workdir = Path(tempfile.mkdtemp(prefix="acct-import-"))
        try:
            self._unpack(archive_path, workdir)
            return self._import_tree(athlete_id, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _unpack(self, archive_path: Path, workdir: Path) -> None:
        with tarfile.open(archive_path, "r:*") as tar:
            tar.extractall(path=workdir)

    def _import_tree(self, athlete_id: int, root: Path) -> int:
        imported = 0
        for path in sorted(root.rglob("*")):
            parser = PARSERS.get(path.suffix.lower())
            if parser is None or not path.is_file():
                continue
            try:
                activity = parser(path)
            except Exception:
                log.exception("could not parse %s", path.name)
                continue
            if self.store.exists(athlete_id, activity.fingerprint):
                continue
            self.store.add(athlete_id, activity)
            imported += 1
        log.info("imported %d activities for athlete %s", imported, athlete_id)
        return imported
