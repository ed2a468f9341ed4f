#!/usr/bin/env python3
"""Convert DICOM radiographs dropped by the X-ray suite into PNG previews.

Run from cron on the imaging workstation:
    radiograph_previews.py /srv/xray/incoming /srv/xray/previews
"""
import argparse
import logging
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("radiograph_previews")


def convert(src: Path, out_dir: Path, width: int = 1024) -> Path:
    dst = out_dir / f"{src.stem}.png"
    cmd = f"dcmj2pnm --write-png --scale-x-size {width} '{src}' '{dst}'"
    subprocess.run(cmd, shell=True, check=True)
    return dst


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("incoming", type=Path)
    parser.add_argument("previews", type=Path)
    parser.add_argument("--width", type=int, default=1024)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    args.previews.mkdir(parents=True, exist_ok=True)
    failures = 0
    for src in sorted(args.incoming.glob("*.dcm")):
        if (args.previews / f"{src.stem}.png").exists():
            continue
        try:
            convert(src, args.previews, args.width)
            log.info("converted %s", src.name)
        except subprocess.CalledProcessError as exc:
            failures += 1
            log.error("dcmj2pnm failed for %s (exit %s)", src.name, exc.returncode)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
