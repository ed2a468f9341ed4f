"""Import a drawing issue package (zip + transmittal CSV) into the register.

Consultants send a zip per issue containing the PDFs and a transmittal.csv
listing drawing number, revision, title and status for each sheet.
"""
import csv
import io
import logging
import shutil
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/var/lib/sitehub/staging")
ALLOWED_SUFFIXES = {".pdf", ".dwg", ".dxf", ".ifc"}
REQUIRED_COLUMNS = {"drawing_no", "revision", "title", "status"}


@dataclass
class TransmittalLine:
    drawing_no: str
    revision: str
    title: str
    status: str
    file: Path | None = None


class PackageError(ValueError):
    pass


def _read_transmittal(raw: bytes) -> list[TransmittalLine]:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise PackageError(f"transmittal.csv missing columns: {', '.join(sorted(missing))}")
    return [
        TransmittalLine(r["drawing_no"].strip(), r["revision"].strip(), r["title"].strip(), r["status"].strip())
        for r in reader
    ]


def stage_package(upload_path: Path) -> tuple[Path, list[TransmittalLine]]:
    """Unpack an uploaded package into a fresh staging folder and match files to lines."""
    staging = STAGING_ROOT / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        with zipfile.ZipFile(upload_path) as zf:
            if "transmittal.csv" not in zf.namelist():
                raise PackageError("package has no transmittal.csv")
            zf.extractall(staging)
        lines = _read_transmittal((staging / "transmittal.csv").read_bytes())
    except (zipfile.BadZipFile, PackageError):
        shutil.rmtree(staging, ignore_errors=True)
        raise

    files = {p.stem.upper(): p for p in staging.rglob("*") if p.suffix.lower() in ALLOWED_SUFFIXES}
    for line in lines:
        line.file = files.get(line.drawing_no.upper()) or files.get(f"{line.drawing_no}_{line.revision}".upper())
        if line.file is None:
            log.warning("no file for %s rev %s in %s", line.drawing_no, line.revision, upload_path.name)
    return staging, lines
