"""Imports restoration archives handed over by other workshops.

When a carriage arrives part-restored, the previous restorer usually
sends a zip of photos, paint-layer analyses and measured drawings.
"""
import logging
import os
import zipfile
from datetime import datetime, timezone

log = logging.getLogger("wainwright.archive_import")

RESTORATION_ROOT = os.environ.get("RESTORATION_FILES", "/srv/wainwright/restoration")
MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 2 * 1024**3


def _target_folder(job_number: str) -> str:
    if not job_number.isalnum():
        raise ValueError("job numbers are alphanumeric")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return os.path.join(RESTORATION_ROOT, job_number, f"handover-{stamp}")


def _check_limits(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = zf.infolist()
    if len(members) > MAX_MEMBERS:
        raise ValueError("archive has too many files")
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
        raise ValueError("archive is too large once extracted")
    return members


def extract_handover(archive_path: str, job_number: str) -> list[str]:
    dest = _target_folder(job_number)
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        for member in _check_limits(zf):
            if member.is_dir():
                continue
            out_path = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(member) as src, open(out_path, "wb") as dst:
                while chunk := src.read(1 << 16):
                    dst.write(chunk)
            written.append(out_path)
    log.info("job %s: extracted %d handover files into %s", job_number, len(written), dest)
    return written


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for path in extract_handover(sys.argv[1], sys.argv[2]):
        print(path)
