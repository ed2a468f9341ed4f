"""Unpack zipped notebook projects uploaded to the analytics workspace."""
from __future__ import annotations

import logging
import uuid
import zipfile
from pathlib import Path

import nbformat

log = logging.getLogger(__name__)

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 500 * 1024 * 1024


def _checked_members(archive: zipfile.ZipFile, target: Path) -> list[zipfile.ZipInfo]:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ValueError("archive has too many entries")
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
        raise ValueError("archive expands beyond the size limit")
    root = target.resolve()
    for member in members:
        dest = (root / member.filename).resolve()
        if not dest.is_relative_to(root):
            raise ValueError(f"archive entry escapes target directory: {member.filename!r}")
    return members


def unpack_project(upload_path: str, workspace_dir: str) -> list[str]:
    target = Path(workspace_dir) / "projects" / uuid.uuid4().hex
    target.mkdir(parents=True)
    with zipfile.ZipFile(upload_path) as archive:
        for member in _checked_members(archive, target):
            archive.extract(member, target)

    notebooks = []
    for nb_path in sorted(target.rglob("*.ipynb")):
        nbformat.validate(nbformat.read(nb_path, as_version=4))
        notebooks.append(str(nb_path.relative_to(target)))
    log.info("unpacked %d notebooks into %s", len(notebooks), target)
    return notebooks
