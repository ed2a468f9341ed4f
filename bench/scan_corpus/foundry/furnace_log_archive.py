"""Nightly archive of furnace controller logs.

Compresses the previous day's CSV logs from each induction furnace and
moves them into the shared archive that the historian importer reads.
"""
import gzip
import os
import shutil
import stat
from datetime import date, timedelta
from pathlib import Path

SHARED_PERMS = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


def compress(src: Path, dest_dir: Path) -> Path:
    dest = dest_dir / (src.name + ".gz")
    with src.open("rb") as fin, gzip.open(dest, "wb", compresslevel=6) as fout:
        shutil.copyfileobj(fin, fout)
    return dest


def archive_day(log_root: Path, archive_root: Path, day: date | None = None) -> list[Path]:
    day = day or date.today() - timedelta(days=1)
    stamp = day.strftime("%Y%m%d")
    out_dir = archive_root / day.strftime("%Y") / day.strftime("%m")
    out_dir.mkdir(parents=True, exist_ok=True)

    archived = []
    for furnace_dir in sorted(p for p in log_root.iterdir() if p.is_dir()):
        for src in furnace_dir.glob(f"*_{stamp}.csv"):
            dest = compress(src, out_dir)
            os.chmod(dest, SHARED_PERMS)
            src.unlink()
            archived.append(dest)
    return archived


if __name__ == "__main__":
    import sys

    for p in archive_day(Path(sys.argv[1]), Path(sys.argv[2])):
        print(p)
