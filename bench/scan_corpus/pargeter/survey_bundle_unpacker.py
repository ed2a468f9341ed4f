"""Unpack survey bundles uploaded by subcontracted surveyors.

A bundle is a zip of site photographs, scanned rubbings of existing
pargeting and a sheet index, organised in folders per elevation. Files are
staged on disk for the survey team to review before import.
"""
import shutil
import zipfile
from pathlib import Path

from pargeter.config import settings

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".pdf", ".csv"}
MAX_MEMBER_BYTES = 200 * 1024 * 1024


class BundleUnpacker:
    def __init__(self, staging_root: Path = Path(settings.SURVEY_STAGING_ROOT)):
        self.staging_root = staging_root

    def _destination(self, survey_id: int) -> Path:
        dest = self.staging_root / f"survey-{survey_id}"
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def _wanted(self, info: zipfile.ZipInfo) -> bool:
        return (
            not info.is_dir()
            and Path(info.filename).suffix.lower() in ALLOWED_SUFFIXES
            and info.file_size <= MAX_MEMBER_BYTES
        )

    def unpack(self, survey_id: int, bundle_path: Path) -> list[Path]:
        dest = self._destination(survey_id)
        written = []
        with zipfile.ZipFile(bundle_path) as zf:
            for info in zf.infolist():
                if not self._wanted(info):
                    continue
                target = dest / info.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                written.append(target)
        return written
