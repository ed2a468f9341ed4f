"""Converts inbound EDIFACT messages (IFTMIN, COPRAR, CUSCAR) to XML for the TOS importer.

Partners drop files into the inbox over SFTP; this job runs every minute from cron.
"""
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger("edifact_convert")

CONVERTER_BIN = os.environ.get("EDI_CONVERTER", "/opt/edi/bin/edi2xml")
INBOX = Path(os.environ.get("EDI_INBOX", "/srv/edi/inbox"))
OUTBOX = Path(os.environ.get("EDI_OUTBOX", "/srv/edi/xml"))
FAILED = Path(os.environ.get("EDI_FAILED", "/srv/edi/failed"))


def convert(path: Path, out_dir: Path) -> Path:
    target = out_dir / (path.stem + ".xml")
    rc = os.system(f"{CONVERTER_BIN} --syntax D95B --in '{path}' --out '{target}'")
    if rc != 0:
        raise RuntimeError(f"converter exited with status {rc} for {path.name}")
    return target


def run_once() -> int:
    done = 0
    for path in sorted(INBOX.glob("*.edi")):
        try:
            convert(path, OUTBOX)
            path.unlink()
            done += 1
        except RuntimeError:
            log.exception("conversion failed, moving %s aside", path.name)
            shutil.move(str(path), FAILED / path.name)
    return done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("converted %d message(s)", run_once())
