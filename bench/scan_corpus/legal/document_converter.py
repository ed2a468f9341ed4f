#!/usr/bin/env python3
"""Convert documents dropped into the client SFTP inbox to PDF."""
import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

CONVERTIBLE = {".doc", ".docx", ".rtf", ".odt", ".wpd"}
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"

log = logging.getLogger("inbox-convert")


def convert(src: Path, outdir: Path) -> None:
    cmd = [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(outdir), "--", str(src)]
    subprocess.run(cmd, check=True, timeout=300, capture_output=True)


def process_inbox(inbox: Path, outbox: Path, processed: Path) -> int:
    outbox.mkdir(parents=True, exist_ok=True)
    processed.mkdir(parents=True, exist_ok=True)
    converted = 0
    for src in sorted(inbox.iterdir()):
        if not src.is_file() or src.suffix.lower() not in CONVERTIBLE:
            continue
        try:
            convert(src, outbox)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            log.exception("conversion failed for %r", src.name)
            continue
        shutil.move(src, processed / src.name)
        converted += 1
    return converted


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    total = sum(
        process_inbox(d / "inbox", d / "outbox", d / "processed")
        for d in sorted(args.root.iterdir())
        if d.is_dir()
    )
    log.info("converted %d documents", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
