"""Converts uploaded STDF test data files to CSV for the yield pipeline.

The upload handler stores each file in the inbox under its job id and
queues the job together with the lot/tester metadata typed into the upload
form. This worker runs the vendor converter and hands the CSV to the loader.
"""
import asyncio
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

CONVERTER = os.environ.get("STDF2CSV_BIN", "/opt/stdf/bin/stdf2csv")
INBOX = Path(os.environ.get("STDF_INBOX", "/data/stdf/inbox"))
OUTBOX = Path(os.environ.get("STDF_OUTBOX", "/data/stdf/csv"))


class ConversionFailed(Exception):
    pass


def _command(job: dict) -> str:
    src = INBOX / f"{job['job_id']}.stdf"
    dst = OUTBOX / f"{job['job_id']}.csv"
    return (
        f"{CONVERTER} --records PRR,PTR,HBR --lot \"{job['lot_id']}\" "
        f"--tester \"{job['tester']}\" --in {src} --out {dst}"
    )


async def convert(job: dict) -> Path:
    proc = await asyncio.create_subprocess_shell(
        _command(job), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise ConversionFailed(err.decode(errors="replace")[-500:])
    return OUTBOX / f"{job['job_id']}.csv"


async def worker(queue: asyncio.Queue, loader) -> None:
    while True:
        job = await queue.get()
        try:
            csv_path = await convert(job)
            await loader.load(csv_path, lot_id=job["lot_id"])
        except ConversionFailed as exc:
            log.error("conversion of job %s failed: %s", job["job_id"], exc)
        finally:
            queue.task_done()
