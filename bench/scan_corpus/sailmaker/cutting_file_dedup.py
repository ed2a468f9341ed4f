"""Deduplicate plotter cutting files before they are archived.

Designers often re-export the same panel layout (DXF/PLT) several times while
tweaking a sail; the archive keeps one copy per distinct content.
"""
import argparse
import hashlib as hl
import shutil
from pathlib import Path
from typing import Dict, Iterator

CHUNK = 1 << 20
EXTENSIONS = {".dxf", ".plt", ".hpgl", ".cut"}


def iter_cutting_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in EXTENSIONS:
            yield path


def content_key(path: Path) -> str:
    h = hl.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def archive(source: Path, dest: Path, dry_run: bool = False) -> Dict[str, Path]:
    seen: Dict[str, Path] = {}
    for path in iter_cutting_files(source):
        key = content_key(path)
        if key in seen:
            print(f"duplicate: {path} == {seen[key]}")
            continue
        seen[key] = path
        target = dest / key[:2] / f"{key}{path.suffix.lower()}"
        if not dry_run:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    kept = archive(args.source, args.dest, args.dry_run)
    print(f"{len(kept)} distinct cutting files")


if __name__ == "__main__":
    main()
