"""Builds a checksum index of scanned music rolls so the archive copy can be verified."""
from __future__ import annotations

import argparse
import json
import logging
from dataclasses import asdict, dataclass
from hashlib import sha256 as _h
from pathlib import Path
from typing import Dict, Iterator

log = logging.getLogger("roll_checksums")

CHUNK = 1024 * 1024
SCAN_SUFFIXES = {".tif", ".tiff", ".png", ".mid", ".pdf"}


@dataclass
class RollFile:
    relative_path: str
    size: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def walk_scans(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in SCAN_SUFFIXES:
            yield path


def build_index(root: Path) -> Dict[str, RollFile]:
    index: Dict[str, RollFile] = {}
    for path in walk_scans(root):
        rel = path.relative_to(root).as_posix()
        index[rel] = RollFile(rel, path.stat().st_size, file_digest(path))
    return index


def verify_against(root: Path, manifest: Path) -> list[str]:
    expected = json.loads(manifest.read_text(encoding="utf-8"))
    problems = []
    for rel, meta in expected.items():
        path = root / rel
        if not path.is_file():
            problems.append(f"missing: {rel}")
        elif file_digest(path) != meta["sha256"]:
            problems.append(f"changed: {rel}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--manifest", type=Path, default=Path("roll_manifest.json"))
    parser.add_argument("--verify", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    if args.verify:
        problems = verify_against(args.root, args.manifest)
        for problem in problems:
            log.warning(problem)
        log.info("%d problems found", len(problems))
        return 1 if problems else 0

    index = build_index(args.root)
    args.manifest.write_text(
        json.dumps({k: asdict(v) for k, v in index.items()}, indent=2), encoding="utf-8"
    )
    log.info("indexed %d roll files into %s", len(index), args.manifest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
