"""Unpack the yearly statement archive delivered by the print vendor.

The vendor delivers one zip per resort containing a PDF per owner, laid out
as ``<owner_id>/<year>-annual-statement.pdf``. Files are unpacked into the
document vault.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_TOTAL_BYTES = 2 * 1024 ** 3


class UnsafeArchiveError(Exception):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise UnsafeArchiveError(f"member {member_name!r} escapes the vault")
    return target


def unpack_statements(archive_path: Path, vault_root: Path) -> list[Path]:
    dest = vault_root.resolve()
    written: list[Path] = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise UnsafeArchiveError("archive expands beyond the allowed size")
        for member in members:
            if not member.filename.endswith(".pdf"):
                log.warning("skipping non-PDF member %s", member.filename)
                continue
            target = _safe_target(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    log.info("unpacked %d statements from %s", len(written), archive_path.name)
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Unpack a print vendor statement archive")
    parser.add_argument("archive", type=Path)
    parser.add_argument("--vault", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    unpack_statements(args.archive, args.vault)
