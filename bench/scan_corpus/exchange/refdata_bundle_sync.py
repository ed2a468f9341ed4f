"""Nightly download of the security master bundle from the reference-data vendor.

The vendor publishes a gzipped tarball with instrument, issuer and
exchange-calendar CSVs. We unpack it into a dated folder and atomically
switch the ``current`` symlink once the load succeeds.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import tarfile
import tempfile
from pathlib import Path

import requests
from celery import Celery

app = Celery("refdata", broker=os.environ["CELERY_BROKER_URL"])
log = logging.getLogger(__name__)

VENDOR_URL = os.environ["REFDATA_VENDOR_URL"]
REFDATA_ROOT = Path(os.environ.get("REFDATA_ROOT", "/var/data/refdata"))
EXPECTED_FILES = {"instruments.csv", "issuers.csv", "calendars.csv"}


def _download(session: requests.Session, day: dt.date, dest: Path) -> str:
    url = f"{VENDOR_URL}/bundles/secmaster_{day:%Y%m%d}.tar.gz"
    digest = hashlib.sha256()
    with session.get(url, stream=True, timeout=(10, 300)) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 20):
                fh.write(chunk)
                digest.update(chunk)
    return digest.hexdigest()


def _unpack(bundle: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(target)
    missing = EXPECTED_FILES - {p.name for p in target.iterdir()}
    if missing:
        raise RuntimeError(f"bundle missing {sorted(missing)}")


def _switch_current(target: Path) -> None:
    tmp_link = REFDATA_ROOT / ".current.tmp"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(target, target_is_directory=True)
    tmp_link.replace(REFDATA_ROOT / "current")


@app.task(bind=True, max_retries=4, default_retry_delay=900)
def sync_security_master(self, day: str | None = None) -> str:
    trade_day = dt.date.fromisoformat(day) if day else dt.date.today()
    session = requests.Session()
    session.headers["Authorization"] = f"Token {os.environ['REFDATA_API_TOKEN']}"
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "bundle.tar.gz"
        try:
            sha = _download(session, trade_day, bundle)
        except requests.RequestException as exc:
            raise self.retry(exc=exc)
        target = REFDATA_ROOT / trade_day.isoformat()
        _unpack(bundle, target)
    _switch_current(target)
    log.info("security master %s loaded (sha256 %s)", trade_day, sha)
    return str(target)
