"""Unpacks station imaging packs (jingles, sweepers, beds) delivered as tarballs.

Packs arrive from the production house via SFTP drop; this job unpacks each
one into the imaging library and writes a manifest for the playout importer.
"""
from __future__ import annotations

import json
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger("jingle_import")

LIBRARY = Path("/srv/imaging/library")
AUDIO = {".wav", ".flac", ".mp2"}
MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 4 * 1024**3


def unpack_pack(archive: Path, library: Path = LIBRARY) -> list[Path]:
    with tarfile.open(archive, "r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"{archive.name}: too many entries ({len(members)})")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError(f"{archive.name}: archive too large")
        with tempfile.TemporaryDirectory(prefix="jingles-") as scratch:
            tar.extractall(scratch, filter="data")
            dest = library / archive.name.split(".")[0]
            dest.mkdir(parents=True, exist_ok=True)
            placed = []
            for f in Path(scratch).rglob("*"):
                if f.is_file() and f.suffix.lower() in AUDIO:
                    target = dest / f.name
                    shutil.move(str(f), target)
                    placed.append(target)
    log.info("%s: %d audio files placed", archive.name, len(placed))
    return placed


def write_manifest(files: list[Path], manifest: Path) -> None:
    entries = [{"file": str(f), "title": f.stem.replace("_", " ")} for f in sorted(files)]
    manifest.write_text(json.dumps(entries, indent=2), encoding="utf-8")


def process_drop(drop: Path) -> None:
    for archive in sorted(drop.glob("*.tar*")):
        try:
            files = unpack_pack(archive)
        except (tarfile.TarError, ValueError) as exc:
            log.error("rejecting %s: %s", archive.name, exc)
            archive.rename(archive.with_suffix(archive.suffix + ".rejected"))
            continue
        write_manifest(files, archive.with_suffix(".manifest.json"))
        archive.unlink()
