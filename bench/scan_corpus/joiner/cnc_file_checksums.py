"""Checksums for CNC cutting programs in the shared store.

Used to skip re-sending an unchanged program to a machine, to spot duplicate
nests across jobs, and as the ETag on the download endpoint.
"""
import hashlib
import os
from collections import defaultdict
from pathlib import Path
from typing import Iterable

CHUNK = 1024 * 1024
PROGRAM_SUFFIXES = (".nc", ".tap", ".cix", ".mpr")


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def etag_for(path: Path) -> str:
    stat = path.stat()
    key = f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode()
    return '"' + hashlib.md5(key, usedforsecurity=False).hexdigest() + '"'


def iter_programs(root: Path) -> Iterable[Path]:
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name.lower().endswith(PROGRAM_SUFFIXES):
                yield Path(dirpath) / name


def find_duplicates(root: Path) -> dict[str, list[Path]]:
    by_sum: dict[str, list[Path]] = defaultdict(list)
    for program in iter_programs(root):
        by_sum[file_checksum(program)].append(program)
    return {digest: paths for digest, paths in by_sum.items() if len(paths) > 1}


def needs_upload(path: Path, machine_manifest: dict[str, str]) -> bool:
    """True when the machine does not already hold this exact program."""
    return machine_manifest.get(path.name) != file_checksum(path)


if __name__ == "__main__":
    import sys

    store = Path(sys.argv[1] if len(sys.argv) > 1 else "/srv/joinery/cutting")
    for digest, paths in sorted(find_duplicates(store).items()):
        print(digest[:12], ", ".join(str(p.relative_to(store)) for p in paths))
