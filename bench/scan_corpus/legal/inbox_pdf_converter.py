#!/usr/bin/env python3
"""Convert documents dropped into the client SFTP inbox to PDF.

Runs every few minutes from cron on the conversion host. Each client has an
inbox folder; converted PDFs land in the matching outbox and the originals
are moved to processed/.
"""
import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

CONVERTIBLE = {".doc", ".docx", ".rtf", ".odt", ".wpd"}
SOFFICE = "/usr/bin/soffice"

log = logging.getLogger("inbox-convert")


def convert(src: Path, outdir: Path) -> None:
    cmd = f"{SOFFICE} --headless --convert-to pdf --outdir '{outdir}' '{src}'"
    subprocess.run(cmd, shell=True, check=True, timeout=300)


def process_inbox(inbox: Path, outbox: Path, processed: Path) -> int:
    outbox.mkdir(parents=True, exist_ok=True)
    processed.mkdir(parents=True, exist_ok=True)
    count = 0
    for src in sorted(inbox.iterdir()):
        if not src.is_file() or src.suffix.lower() not in CONVERTIBLE:
            continue
        try:
            convert(src, outbox)
        except subprocess.SubprocessError:
            log.exception("conversion failed for %s", src.name)
            continue
        shutil.move(str(src), processed / src.name)
        count += 1
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="root containing one folder per client")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    total = 0
    for client_dir in sorted(p for p in args.root.iterdir() if p.is_dir()):
        total += process_inbox(client_dir / "inbox", client_dir / "outbox", client_dir / "processed")
    log.info("converted %d documents", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
