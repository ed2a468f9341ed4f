"""Ingests 835 remittance bundles dropped by PBMs onto the SFTP landing zone.

Each bundle is a .tar.gz with one 835 file per payer plus a manifest.
"""
from __future__ import annotations

import json
import logging
import shutil
import tarfile
from pathlib import Path

from claims.remittance import load_835

log = logging.getLogger("remittance")

LANDING = Path("/srv/sftp/pbm/incoming")
WORK = Path("/var/lib/pharmacy/remittance/work")
DONE = Path("/var/lib/pharmacy/remittance/processed")


def unpack(bundle: Path) -> Path:
    dest = WORK / bundle.name.removesuffix(".tar.gz")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(dest)
    return dest


def process_bundle(bundle: Path) -> int:
    dest = unpack(bundle)
    manifest = json.loads((dest / "manifest.json").read_text())
    posted = 0
    for entry in manifest["files"]:
        remits = load_835(dest / entry["name"])
        for remit in remits:
            remit.post()
            posted += 1
    shutil.move(str(bundle), DONE / bundle.name)
    shutil.rmtree(dest)
    return posted


def run() -> None:
    for bundle in sorted(LANDING.glob("*.tar.gz")):
        try:
            count = process_bundle(bundle)
            log.info("posted %d remittances from %s", count, bundle.name)
        except Exception:
            log.exception("failed to process %s", bundle.name)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
