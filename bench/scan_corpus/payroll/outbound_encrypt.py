"""Encrypt files collected from client SFTP inboxes before archiving them.

Runs after the collector has moved a client's new files into the staging
area; the archive key lives in the service account's GnuPG keyring.
"""
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

ARCHIVE_RECIPIENT = os.environ.get("ARCHIVE_GPG_RECIPIENT", "payroll-archive")
STAGING_ROOT = Path(os.environ.get("SFTP_STAGING_ROOT", "/srv/payroll/staging"))
ARCHIVE_ROOT = Path(os.environ.get("ARCHIVE_ROOT", "/srv/payroll/archive"))


def encrypt_to_archive(client_code: str, src: Path) -> Path:
    dest = ARCHIVE_ROOT / client_code / (src.name + ".gpg")
    dest.parent.mkdir(parents=True, exist_ok=True)
    cmd = f'gpg --batch --yes --recipient {ARCHIVE_RECIPIENT} --output "{dest}" --encrypt "{src}"'
    subprocess.run(cmd, shell=True, check=True)
    return dest


def archive_client(client_code: str) -> list[Path]:
    staged = sorted(p for p in (STAGING_ROOT / client_code).iterdir() if p.is_file())
    archived = []
    for src in staged:
        archived.append(encrypt_to_archive(client_code, src))
        src.unlink()
    log.info("archived %d files for %s", len(archived), client_code)
    return archived


if __name__ == "__main__":
    for client_dir in sorted(STAGING_ROOT.iterdir()):
        if client_dir.is_dir():
            archive_client(client_dir.name)
