"""Import CAD patterns for bit mouthpieces and spur shanks into the library.

Designers drop DXF/STEP files into an intake folder. Identical files are
often exported twice under different names, so each file is fingerprinted
and only new content is copied into the pattern library.
"""
import argparse
import hashlib
import json
import shutil
from pathlib import Path

CHUNK = 1 << 20
PATTERN_SUFFIXES = {".dxf", ".step", ".stp", ".iges"}


def fingerprint(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def load_index(library: Path) -> dict:
    index_file = library / "index.json"
    if index_file.exists():
        return json.loads(index_file.read_text())
    return {}


def import_patterns(intake: Path, library: Path, dry_run: bool = False) -> list[str]:
    index = load_index(library)
    added = []
    for src in sorted(p for p in intake.iterdir() if p.suffix.lower() in PATTERN_SUFFIXES):
        key = fingerprint(src)
        if key in index:
            print(f"skip {src.name}: same as {index[key]}")
            continue
        dest = library / f"{key[:2]}" / f"{key}{src.suffix.lower()}"
        if not dry_run:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest)
        index[key] = src.name
        added.append(src.name)
    if not dry_run:
        (library / "index.json").write_text(json.dumps(index, indent=2, sort_keys=True))
    return added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("intake", type=Path)
    ap.add_argument("library", type=Path)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    for name in import_patterns(args.intake, args.library, args.dry_run):
        print(f"added {name}")


if __name__ == "__main__":
    main()
