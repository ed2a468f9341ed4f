"""Imports zipped competition results and rosette photos that owners upload after a show season."""

import shutil
import zipfile
from pathlib import Path

from ostler.config import settings

RESULTS_ROOT = Path(settings.MEDIA_ROOT, "show_results").resolve()
ALLOWED_SUFFIXES = {".csv", ".pdf", ".jpg", ".jpeg", ".png"}
MAX_MEMBERS = 500


class ResultsArchive:
    def __init__(self, horse_id: int):
        self.dest = (RESULTS_ROOT / str(horse_id)).resolve()

    def _target_for(self, member: zipfile.ZipInfo) -> Path | None:
        target = (self.dest / member.filename).resolve()
        if not target.is_relative_to(self.dest):
            return None
        if target.suffix.lower() not in ALLOWED_SUFFIXES:
            return None
        return target

    def extract(self, upload_path: Path) -> list[str]:
        self.dest.mkdir(parents=True, exist_ok=True)
        extracted = []
        with zipfile.ZipFile(upload_path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()][:MAX_MEMBERS]
            for member in members:
                target = self._target_for(member)
                if target is None:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                extracted.append(str(target.relative_to(self.dest)))
        return extracted

    def season_summary(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for path in self.dest.rglob("*"):
            if path.is_file():
                counts[path.suffix.lower()] = counts.get(path.suffix.lower(), 0) + 1
        return counts
