#!/usr/bin/env python3
"""Restores a creator's exported show bundle (.tar.gz) into a staging directory.

Bundles come from our own "Export show" button but are uploaded back by the
creator, so they are treated like any other upload.
"""
import argparse
import sys
import tarfile
from pathlib import Path


def restore_bundle(bundle: Path, dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
        tar.extractall(path=dest, filter="data")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("dest", type=Path)
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        print(f"no such bundle: {args.bundle}", file=sys.stderr)
        return 2
    try:
        names = restore_bundle(args.bundle, args.dest)
    except tarfile.FilterError as exc:
        print(f"bundle rejected: {exc}", file=sys.stderr)
        return 1
    print(f"restored {len(names)} files into {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
