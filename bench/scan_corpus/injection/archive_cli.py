#!/usr/bin/env python3
"""Pack a directory into a zstd-compressed tarball.

    archive_cli.py ./build/site /srv/releases/site-2024-05-01.tar.zst
"""
import argparse
import shlex
import subprocess
import sys
from pathlib import Path


def build_command(src: Path, dest: Path, level: int) -> str:
    return (
        f"tar -C {shlex.quote(str(src))} -cf - . "
        f"| zstd -q -T0 -{level} -o {shlex.quote(str(dest))}"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Create a .tar.zst archive of a directory")
    parser.add_argument("src", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--level", type=int, choices=range(1, 20), default=9)
    args = parser.parse_args(argv)

    if not args.src.is_dir():
        parser.error(f"{args.src} is not a directory")
    args.dest.parent.mkdir(parents=True, exist_ok=True)

    cmd = build_command(args.src.resolve(), args.dest.resolve(), args.level)
    result = subprocess.run(cmd, shell=True, executable="/bin/bash")
    if result.returncode != 0:
        print(f"archiving failed with status {result.returncode}", file=sys.stderr)
        return result.returncode
    print(f"wrote {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
