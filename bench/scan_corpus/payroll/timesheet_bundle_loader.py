"""Unpacks timesheet bundles that clients upload through the admin portal.

A bundle is a .tar.gz containing one CSV per site plus an optional
mapping.yml; the unpacked folder is handed to the import pipeline.
"""
import logging
import re
import tarfile
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

WORK_ROOT = Path("/var/lib/payroll/bundles")
CLIENT_CODE_RE = re.compile(r"^[A-Z0-9]{3,10}$")


def unpack_bundle(upload: Path, client_code: str) -> Path:
    if not CLIENT_CODE_RE.match(client_code):
        raise ValueError(f"invalid client code {client_code!r}")
    target = WORK_ROOT / client_code / uuid.uuid4().hex
    target.mkdir(parents=True)
    with tarfile.open(upload, mode="r:gz") as tar:
        tar.extractall(target)
    csv_files = sorted(target.rglob("*.csv"))
    if not csv_files:
        raise ValueError(f"bundle {upload.name} contains no CSV files")
    log.info("unpacked %d CSV files for %s into %s", len(csv_files), client_code, target)
    return target
