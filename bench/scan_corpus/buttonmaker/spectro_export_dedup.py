"""Deduplicate spectrophotometer exports dropped by the dye-lab PCs.

Each lab PC syncs its CxF/CSV exports into a shared folder; the same reading
is often exported twice. We fingerprint file contents and keep the first copy.
"""
import argparse
import hashlib
import shutil
from pathlib import Path
from typing import Dict, Iterator

CHUNK = 1 << 16


def iter_exports(root: Path) -> Iterator[Path]:
    for ext in ("*.cxf", "*.csv"):
        yield from sorted(root.rglob(ext))


def fingerprint(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def dedupe(inbox: Path, quarantine: Path, dry_run: bool = False) -> Dict[str, Path]:
    seen: Dict[str, Path] = {}
    quarantine.mkdir(parents=True, exist_ok=True)
    for export in iter_exports(inbox):
        digest = fingerprint(export)
        if digest in seen:
            target = quarantine / f"{digest[:12]}_{export.name}"
            print(f"duplicate of {seen[digest].name}: {export.name}")
            if not dry_run:
                shutil.move(str(export), target)
            continue
        seen[digest] = export
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inbox", type=Path)
    parser.add_argument("--quarantine", type=Path, default=Path("duplicates"))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    kept = dedupe(args.inbox, args.quarantine, args.dry_run)
    print(f"{len(kept)} unique readings")


if __name__ == "__main__":
    main()
