"""Restores product and repair-intake photo archives from the offsite backup."""
import argparse
import shutil
import tarfile
from pathlib import Path

DEFAULT_TARGET = Path("/srv/atelier/photos")


def _checked_destination(root: Path, member_name: str) -> Path:
    destination = (root / member_name).resolve()
    if not destination.is_relative_to(root):
        raise ValueError(f"archive member escapes target folder: {member_name}")
    return destination


def restore(archive: Path, target: Path = DEFAULT_TARGET, dry_run: bool = False) -> int:
    root = target.resolve()
    root.mkdir(parents=True, exist_ok=True)
    count = 0
    with tarfile.open(archive, "r:*") as tar:
        for member in tar:
            if not member.isfile():
                continue
            destination = _checked_destination(root, member.name)
            count += 1
            if dry_run:
                print(f"would restore {member.name} -> {destination}")
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            if src is None:
                continue
            with src, open(destination, "wb") as out:
                shutil.copyfileobj(src, out)
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--target", type=Path, default=DEFAULT_TARGET)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    restored = restore(args.archive, args.target, args.dry_run)
    print(f"{restored} photos {'found' if args.dry_run else 'restored'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
