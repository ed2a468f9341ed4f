"""Compress and archive CAN-bus log segments collected from cranes.

Runs after the nightly collection: every segment older than a day is
compressed with zstd and moved to the archive tree, one folder per crane.
"""
import argparse
import logging
import shutil
import subprocess
import time
from pathlib import Path
from typing import List

log = logging.getLogger("canlog.compress")

ZSTD = shutil.which("zstd") or "/usr/bin/zstd"
MIN_AGE_S = 24 * 3600


def compress_segment(segment: Path, archive_dir: Path, level: int = 19) -> Path:
    archive_dir.mkdir(parents=True, exist_ok=True)
    target = archive_dir / (segment.name + ".zst")
    subprocess.run(
        [ZSTD, "-q", f"-{level}", "--rm", "-o", str(target), "--", str(segment)],
        check=True,
        timeout=600,
    )
    return target


def pending_segments(spool: Path) -> List[Path]:
    cutoff = time.time() - MIN_AGE_S
    return sorted(
        p for p in spool.glob("*/canlog-*.bin") if p.is_file() and p.stat().st_mtime < cutoff
    )


def run(spool: Path, archive_root: Path, level: int) -> int:
    done = 0
    for segment in pending_segments(spool):
        crane_id = segment.parent.name
        try:
            compress_segment(segment, archive_root / crane_id, level)
            done += 1
        except subprocess.CalledProcessError as exc:
            log.error("zstd failed on %s (exit %s)", segment, exc.returncode)
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spool", type=Path, default=Path("/srv/canlog"))
    parser.add_argument("--archive", type=Path, default=Path("/srv/canlog-archive"))
    parser.add_argument("--level", type=int, choices=range(1, 20), default=19)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    count = run(args.spool, args.archive, args.level)
    log.info("compressed %d segments", count)


if __name__ == "__main__":
    main()
