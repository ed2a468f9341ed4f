"""Restore a mould-library archive onto a new workshop PC.

Archives come from the weekly backup (a tar.gz of drawings, photos and
spec sheets). Every member is checked before anything is extracted.
"""
import argparse
import tarfile
from pathlib import Path


class ArchiveError(Exception):
    pass


def _checked_members(tar: tarfile.TarFile, dest: Path):
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            continue  # links, devices and fifos are never part of a library backup
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise ArchiveError(f"archive member escapes destination: {member.name}")
        member.mode &= 0o755
        yield member


def restore(archive: Path, dest: Path) -> int:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        members = list(_checked_members(tar, dest))
        tar.extractall(dest, members=members)
    return len(members)


def main() -> None:
    parser = argparse.ArgumentParser(description="Restore a mould library backup")
    parser.add_argument("archive", type=Path)
    parser.add_argument("--dest", type=Path, default=Path("/srv/pewter/moulds"))
    args = parser.parse_args()
    count = restore(args.archive, args.dest)
    print(f"restored {count} entries into {args.dest}")


if __name__ == "__main__":
    main()
