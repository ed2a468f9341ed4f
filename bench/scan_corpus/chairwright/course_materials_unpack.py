"""Unpack the course handout bundle (PDF notes, cutting lists, photos) for each new term."""
import argparse
import logging
import sys
import tarfile
from pathlib import Path

log = logging.getLogger("courses.materials")

MATERIALS_ROOT = Path("/srv/chairwright/media/course-materials")


def term_dir(term: str) -> Path:
    if not term.replace("-", "").isalnum():
        raise ValueError(f"invalid term name {term!r}")
    return MATERIALS_ROOT / term


def unpack_bundle(bundle: Path, term: str) -> list[str]:
    dest = term_dir(term)
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
        tar.extractall(dest, members=members, filter="data")
    names = [m.name for m in members if m.isfile()]
    log.info("unpacked %d handout files for %s", len(names), term)
    return names


def write_index(term: str, names: list[str]) -> Path:
    index = term_dir(term) / "index.txt"
    index.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path, help="tar.gz handed over by the course lead")
    parser.add_argument("term", help="e.g. 2025-spring")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    try:
        names = unpack_bundle(args.bundle, args.term)
    except (tarfile.TarError, ValueError) as exc:
        print(f"could not unpack {args.bundle}: {exc}", file=sys.stderr)
        return 1
    print(write_index(args.term, names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
