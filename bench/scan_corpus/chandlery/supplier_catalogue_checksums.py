"""De-duplicates product images and datasheets pulled from supplier catalogues.

Suppliers resend the same images under new names with every catalogue drop.
Files are keyed by content digest so the web shop stores each one once.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

CHUNK = 1024 * 1024
MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".pdf"}


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def load_index(index_path: Path) -> dict[str, str]:
    if index_path.exists():
        return json.loads(index_path.read_text(encoding="utf-8"))
    return {}


def ingest(drop_dir: Path, store_dir: Path, index_path: Path) -> tuple[int, int]:
    index = load_index(index_path)
    added = skipped = 0
    store_dir.mkdir(parents=True, exist_ok=True)
    for source in sorted(drop_dir.rglob("*")):
        if not source.is_file() or source.suffix.lower() not in MEDIA_SUFFIXES:
            continue
        key = file_digest(source)
        if key in index:
            skipped += 1
            continue
        target = store_dir / f"{key}{source.suffix.lower()}"
        shutil.copy2(source, target)
        index[key] = target.name
        added += 1
    index_path.write_text(json.dumps(index, indent=2, sort_keys=True), encoding="utf-8")
    return added, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("drop_dir", type=Path)
    parser.add_argument("store_dir", type=Path)
    parser.add_argument("--index", type=Path, default=Path("media-index.json"))
    args = parser.parse_args(argv)
    added, skipped = ingest(args.drop_dir, args.store_dir, args.index)
    print(f"{added} new files, {skipped} duplicates skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
