"""Imports signed closing packages returned by title/settlement agents.

Agents upload a .tar.gz through the partner portal; we unpack it into the
loan's post-closing folder and register each PDF with the document index.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

from .doc_index import register_document

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".xml", ".tif"}


def unpack_package(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    extracted: list[Path] = []
    with tarfile.open(archive_path, mode="r:*") as tf:
        for member in tf:
            if not member.isfile():
                continue
            if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s in %s", member.name, archive_path.name)
                continue
            tf.extract(member, path=dest)
            extracted.append(dest / member.name)
    return extracted


def import_closing_package(loan_number: str, archive_path: Path, post_closing_root: Path) -> int:
    dest = post_closing_root / loan_number / "closing"
    files = unpack_package(archive_path, dest)
    for f in files:
        register_document(loan_number=loan_number, path=f, source="settlement_agent")
    log.info("imported %d closing documents for %s", len(files), loan_number)
    return len(files)
