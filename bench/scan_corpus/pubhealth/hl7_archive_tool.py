#!/usr/bin/env python3
"""Compress and ship a day's HL7 message archive for one facility."""
import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

ARCHIVE_ROOT = Path("/srv/hl7/archive")


def archive_day(facility: str, day: dt.date, dest: Path) -> int:
    src = ARCHIVE_ROOT / day.isoformat()
    out = dest / f"{day.isoformat()}-{facility}.tar.gz"
    cmd = f"tar -czf {out} -C {src} $(ls {src} | grep '^{facility}_')"
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
    return result.returncode


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("facility")
    p.add_argument("--day", type=dt.date.fromisoformat, default=dt.date.today())
    p.add_argument("--dest", type=Path, default=Path("/srv/hl7/outbox"))
    args = p.parse_args(argv)
    return archive_day(args.facility, args.day, args.dest)


if __name__ == "__main__":
    raise SystemExit(main())
