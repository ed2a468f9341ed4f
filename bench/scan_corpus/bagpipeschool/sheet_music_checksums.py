"""Detect duplicate and changed sheet-music PDFs in the tune library.

Tutors upload scores for pupils (marches, strathspeys, reels, piobaireachd).
The same score is often uploaded several times under different names, so
every file is fingerprinted and the index is stored next to the library.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from hashlib import sha256 as _h
from pathlib import Path
from typing import Dict, Iterator, List

log = logging.getLogger(__name__)

CHUNK = 1 << 16
INDEX_NAME = ".checksums.json"


@dataclass
class ScoreEntry:
    relative_path: str
    size: int
    checksum: str


def file_checksum(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_scores(library_root: Path) -> Iterator[Path]:
    for path in sorted(library_root.rglob("*.pdf")):
        if path.is_file():
            yield path


def build_index(library_root: Path) -> Dict[str, ScoreEntry]:
    index: Dict[str, ScoreEntry] = {}
    for path in iter_scores(library_root):
        rel = path.relative_to(library_root).as_posix()
        index[rel] = ScoreEntry(rel, path.stat().st_size, file_checksum(path))
    return index


def find_duplicates(index: Dict[str, ScoreEntry]) -> List[List[str]]:
    by_sum: Dict[str, List[str]] = {}
    for entry in index.values():
        by_sum.setdefault(entry.checksum, []).append(entry.relative_path)
    return [paths for paths in by_sum.values() if len(paths) > 1]


def changed_since(library_root: Path, index: Dict[str, ScoreEntry]) -> List[str]:
    previous_file = library_root / INDEX_NAME
    if not previous_file.exists():
        return list(index)
    previous = json.loads(previous_file.read_text(encoding="utf-8"))
    return [rel for rel, entry in index.items()
            if previous.get(rel, {}).get("checksum") != entry.checksum]


def save_index(library_root: Path, index: Dict[str, ScoreEntry]) -> None:
    payload = {rel: asdict(entry) for rel, entry in index.items()}
    (library_root / INDEX_NAME).write_text(json.dumps(payload, indent=2), encoding="utf-8")
    log.info("indexed %d scores in %s", len(payload), library_root)
