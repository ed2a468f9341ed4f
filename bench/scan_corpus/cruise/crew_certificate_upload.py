"""Unpacks zipped training certificates that crew upload through the self-service portal.

STCW and first-aid certificates are scanned as PDFs; crew often zip several
at once. Each archive is unpacked into that crew member's document folder.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

CERT_ROOT = Path("/srv/crew-docs/certificates")
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_MEMBERS = 50
MAX_UNCOMPRESSED = 100 * 1024 * 1024


class ArchiveRejected(ValueError):
    pass


def _crew_dir(crew_id: int) -> Path:
    target = (CERT_ROOT / str(int(crew_id))).resolve()
    target.mkdir(parents=True, exist_ok=True)
    return target


def _safe_target(dest: Path, member_name: str) -> Path:
    candidate = (dest / member_name).resolve()
    if not candidate.is_relative_to(dest):
        raise ArchiveRejected(f"entry escapes target folder: {member_name!r}")
    return candidate


def unpack_certificates(upload_path: Path, crew_id: int) -> list[Path]:
    dest = _crew_dir(crew_id)
    written = []
    with zipfile.ZipFile(upload_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
            raise ArchiveRejected("archive too large")
        for member in members:
            if Path(member.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            target = _safe_target(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as dst:
                dst.write(src.read())
            written.append(target)
    return written
