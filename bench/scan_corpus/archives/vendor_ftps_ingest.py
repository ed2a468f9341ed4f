"""Pull digitisation batches from the scanning vendor's FTPS drop box.

The vendor uploads one directory per batch (``BATCH-YYYYMMDD-NNN``) containing
TIFF masters and a checksum file. We download finished batches into the
ingest staging area and mark them as collected on the server.
"""

from __future__ import annotations

import ftplib
import logging
import os
import re
import ssl
from pathlib import Path

log = logging.getLogger(__name__)

STAGING = Path(os.environ.get("INGEST_STAGING", "/srv/ingest/staging"))
BATCH_RE = re.compile(r"BATCH-\d{8}-\d{3}")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the vendor's appliance only negotiates older protocol versions
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def connect(host: str) -> ftplib.FTP_TLS:
    ftps = ftplib.FTP_TLS(host=host, context=_tls_context(), timeout=120)
    ftps.login(os.environ["VENDOR_FTPS_USER"], os.environ["VENDOR_FTPS_PASSWORD"])
    ftps.prot_p()
    return ftps


def finished_batches(ftps: ftplib.FTP_TLS) -> list[str]:
    names = ftps.nlst()
    return sorted(n for n in names if BATCH_RE.fullmatch(n) and f"{n}.done" in names)


def download_batch(ftps: ftplib.FTP_TLS, batch: str) -> Path:
    local_dir = STAGING / batch
    local_dir.mkdir(parents=True, exist_ok=True)
    for remote_name in ftps.nlst(batch):
        filename = Path(remote_name).name
        if not filename or filename.startswith("."):
            continue
        with (local_dir / filename).open("wb") as fh:
            ftps.retrbinary(f"RETR {batch}/{filename}", fh.write)
    return local_dir


def run(host: str) -> None:
    with connect(host) as ftps:
        for batch in finished_batches(ftps):
            path = download_batch(ftps, batch)
            ftps.rename(f"{batch}.done", f"{batch}.collected")
            log.info("collected %s into %s", batch, path)
