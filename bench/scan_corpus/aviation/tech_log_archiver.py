"""Nightly archive of closed tech log pages per aircraft.

Compresses each tail's closed pages into a dated tarball and hands it to
the records retention bucket via the aws CLI (installed on the job image).
"""
import argparse
import datetime as dt
import re
import subprocess
from pathlib import Path

TAIL_RE = re.compile(r"^[A-Z0-9-]{2,10}$")


def archive_tail(pages_root: Path, tail: str, out_dir: Path, day: dt.date) -> Path:
    if not TAIL_RE.match(tail):
        raise ValueError(f"unexpected registration: {tail!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    tarball = out_dir / f"{tail}_{day:%Y%m%d}.tar.gz"
    subprocess.run(
        ["tar", "-czf", str(tarball), "-C", str(pages_root), "--", tail],
        check=True,
    )
    return tarball


def ship(tarball: Path, bucket_uri: str) -> None:
    subprocess.run(
        ["aws", "s3", "cp", str(tarball), f"{bucket_uri.rstrip('/')}/{tarball.name}", "--only-show-errors"],
        check=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages-root", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--bucket", required=True, help="s3://... retention bucket prefix")
    ap.add_argument("tails", nargs="+")
    args = ap.parse_args()

    today = dt.date.today()
    for tail in args.tails:
        ship(archive_tail(args.pages_root, tail.upper(), args.out, today), args.bucket)


if __name__ == "__main__":
    main()
