"""Unpack depth-survey archives delivered by the hydrographic contractor.

Surveys arrive as .tar.xz files containing XYZ soundings and a PDF report.
The ops team drops them into the inbox folder; a systemd timer runs this
script every night.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("survey_archive")


def unpack(archive: Path, dest_root: Path) -> Path:
    dest = dest_root / archive.name.split(".")[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tf:
        tf.extractall(dest, filter="data")
    return dest


def process_inbox(inbox: Path, dest_root: Path, done: Path) -> int:
    done.mkdir(parents=True, exist_ok=True)
    count = 0
    for archive in sorted(inbox.glob("*.tar.*")):
        try:
            target = unpack(archive, dest_root)
        except (tarfile.TarError, OSError) as exc:
            log.error("could not unpack %s: %s", archive.name, exc)
            continue
        soundings = list(target.rglob("*.xyz"))
        log.info("unpacked %s: %d sounding files", archive.name, len(soundings))
        shutil.move(str(archive), done / archive.name)
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inbox", type=Path, default=Path("/srv/marina/surveys/inbox"))
    parser.add_argument("--dest", type=Path, default=Path("/srv/marina/surveys/unpacked"))
    parser.add_argument("--done", type=Path, default=Path("/srv/marina/surveys/processed"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    n = process_inbox(args.inbox, args.dest, args.done)
    log.info("processed %d archive(s)", n)


if __name__ == "__main__":
    main()
