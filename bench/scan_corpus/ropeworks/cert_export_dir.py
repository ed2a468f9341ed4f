"""Nightly export of signed certificates to the dealer SFTP drop folder.

The SFTP daemon serves the folder read-only to dealer accounts which
are members of the ``rw-dealers`` group.
"""
import grp
import logging
import os
import shutil
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

EXPORT_ROOT = Path(os.environ.get("RW_CERT_EXPORT_ROOT", "/srv/sftp/certificates"))
SOURCE_ROOT = Path(os.environ.get("RW_CERT_ROOT", "/srv/ropeworks/certificates"))
DEALER_GROUP = "rw-dealers"
DIR_MODE = 0o750
FILE_MODE = 0o640


def _dealer_gid() -> int:
    return grp.getgrnam(DEALER_GROUP).gr_gid


def export_dealer(dealer_code: str, cert_files: list[str], day: date) -> Path:
    target = EXPORT_ROOT / dealer_code / day.isoformat()
    target.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    gid = _dealer_gid()
    os.chown(target, -1, gid)
    for name in cert_files:
        src = SOURCE_ROOT / name
        dst = target / src.name
        shutil.copyfile(src, dst)
        os.chown(dst, -1, gid)
        os.chmod(dst, FILE_MODE)
    log.info("exported %d certificates for %s", len(cert_files), dealer_code)
    return target


def run(pending: dict[str, list[str]]) -> None:
    today = date.today()
    old_umask = os.umask(0o027)
    try:
        for dealer_code, files in sorted(pending.items()):
            export_dealer(dealer_code, files, today)
    finally:
        os.umask(old_umask)
