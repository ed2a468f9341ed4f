"""Unpack scanner report bundles from the SFTP drop into the import spool."""
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("scan-unpack")

DROP_DIR = Path("/srv/scan-drop")
SPOOL_DIR = Path("/srv/scan-spool")
DONE_DIR = DROP_DIR / "processed"


def unpack(bundle: Path, spool: Path = SPOOL_DIR) -> Path:
    dest = spool / bundle.name.split(".", 1)[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:*") as tar:
        tar.extractall(dest, filter="data")
    return dest


def run() -> int:
    DONE_DIR.mkdir(parents=True, exist_ok=True)
    handled = 0
    for bundle in sorted(DROP_DIR.glob("*.tar.gz")):
        try:
            dest = unpack(bundle)
        except (tarfile.TarError, OSError):
            log.exception("could not unpack %s", bundle.name)
            continue
        shutil.move(str(bundle), DONE_DIR / bundle.name)
        log.info("unpacked %s -> %s", bundle.name, dest)
        handled += 1
    return handled


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
