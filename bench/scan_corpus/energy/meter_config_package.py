"""Unpack meter configuration packages uploaded from the technician laptop tool.

Packages are zip files with one JSON program file per meter type. Every member
is checked to resolve inside the destination before it is extracted.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024


class PackageError(ValueError):
    pass


def extract_package(archive: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    extracted = []
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise PackageError("too many files in package")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise PackageError("package too large when unpacked")
        for member in members:
            target = (dest / member.filename).resolve()
            if not target.is_relative_to(dest):
                raise PackageError(f"member escapes destination: {member.filename}")
            zf.extract(member, dest)
            if not member.is_dir():
                extracted.append(target)
    return extracted


def load_programs(archive: Path, workdir: Path) -> dict[str, dict]:
    programs = {}
    for path in extract_package(archive, workdir):
        if path.suffix == ".json":
            programs[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return programs
