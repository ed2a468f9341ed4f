"""Batch handheld meter reads into a fixed-width file for the CIS billing import."""
import logging
import os
import tempfile
from dataclasses import dataclass
from typing import Iterable

import requests

log = logging.getLogger(__name__)


@dataclass
class MeterRead:
    account: str
    meter_serial: str
    read_value: int
    read_date: str  # YYYYMMDD
    reader_id: str


def _format_line(read: MeterRead) -> str:
    return (
        f"{read.account:<12}{read.meter_serial:<16}"
        f"{read.read_value:>10d}{read.read_date}{read.reader_id:<8}\n"
    )


def upload_batch(reads: Iterable[MeterRead], import_url: str, session: requests.Session) -> int:
    """Write the batch to a scratch file and post it to the CIS import endpoint."""
    fd, path = tempfile.mkstemp(prefix="reads_", suffix=".dat")
    count = 0
    try:
        with os.fdopen(fd, "w") as fh:
            for read in reads:
                fh.write(_format_line(read))
                count += 1
        with open(path, "rb") as fh:
            resp = session.post(
                import_url,
                files={"batch": ("reads.dat", fh, "text/plain")},
                timeout=60,
            )
        resp.raise_for_status()
        log.info("uploaded %d reads, import job %s", count, resp.json().get("job_id"))
    finally:
        os.unlink(path)
    return count
