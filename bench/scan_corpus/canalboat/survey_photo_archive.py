"""Restores hull survey archives returned by the marine surveyor.

Every few years each boat is craned out for a hull survey. The surveyor
returns a tar.gz of photos and thickness readings which is unpacked into
the boat's maintenance record.
"""
import tarfile
import tempfile
from pathlib import Path

from canalboat.maintenance import attach_survey
from canalboat.models import Boat
from canalboat.settings import settings

MAX_ARCHIVE_BYTES = 500 * 1024 * 1024


def _survey_dir(boat: Boat, year: int) -> Path:
    path = Path(settings.SURVEY_ROOT) / boat.index_number / str(year)
    path.mkdir(parents=True, exist_ok=True)
    return path


def unpack_survey(archive: Path, dest: Path) -> list[Path]:
    if archive.stat().st_size > MAX_ARCHIVE_BYTES:
        raise ValueError("survey archive too large")
    with tarfile.open(archive, mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())


def import_survey(boat: Boat, year: int, upload_bytes: bytes) -> int:
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        tmp.write(upload_bytes)
        tmp.flush()
        files = unpack_survey(Path(tmp.name), _survey_dir(boat, year))
    photos = [f for f in files if f.suffix.lower() in {".jpg", ".jpeg", ".png"}]
    readings = [f for f in files if f.suffix.lower() == ".csv"]
    attach_survey(boat, year=year, photos=photos, readings=readings)
    return len(files)
