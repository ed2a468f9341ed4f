"""Celery tasks that package monthly statements for auditors and partners.

An ops user requests an export from the admin console (account, months and
the recipient's PGP key fingerprint); the task renders the statements, tars
them and encrypts the archive to the recipient's key before upload.
"""
from __future__ import annotations

import logging
import os
import re
import subprocess
import tarfile
from datetime import date
from pathlib import Path

from celery import shared_task

from statements.render import render_statement_pdf
from statements.storage import upload_export

log = logging.getLogger(__name__)

EXPORT_ROOT = Path(os.environ.get("STATEMENT_EXPORT_ROOT", "/var/lib/statements/exports"))
FINGERPRINT_RE = re.compile(r"^[0-9A-F]{40}$")


def _bundle(account_id: int, months: list[date], workdir: Path) -> Path:
    archive = workdir / f"statements-{account_id}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for month in months:
            pdf = render_statement_pdf(account_id, month, workdir)
            tar.add(pdf, arcname=pdf.name)
    return archive


def _encrypt_for(archive: Path, fingerprint: str) -> Path:
    fingerprint = fingerprint.replace(" ", "").upper()
    if not FINGERPRINT_RE.match(fingerprint):
        raise ValueError("recipient must be a full key fingerprint")
    out = archive.with_name(archive.name + ".gpg")
    subprocess.run(
        ["gpg", "--batch", "--yes", "--recipient", fingerprint, "--output", str(out), "--encrypt", str(archive)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


@shared_task(bind=True, max_retries=3)
def export_statements(self, account_id: int, months: list[str], fingerprint: str, requested_by: str) -> str:
    workdir = EXPORT_ROOT / self.request.id
    workdir.mkdir(parents=True, exist_ok=True)
    parsed = [date.fromisoformat(m) for m in months]

    archive = _bundle(account_id, parsed, workdir)
    encrypted = _encrypt_for(archive, fingerprint)
    key = upload_export(encrypted)

    log.info(
        "statement export done account=%s months=%d requested_by=%s object=%s",
        account_id, len(parsed), requested_by, key,
    )
    archive.unlink(missing_ok=True)
    return key
