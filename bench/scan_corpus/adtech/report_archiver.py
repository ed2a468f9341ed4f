"""Compress finished agency reports and push them to the long-term archive bucket."""
import asyncio
import logging
from asyncio.subprocess import PIPE
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reporting.config import settings

log = logging.getLogger(__name__)


@dataclass
class ReportJob:
    job_id: str
    agency_slug: str
    name: str  # chosen by the agency user when scheduling the report
    created: datetime
    output_path: str


def archive_key(report: ReportJob) -> str:
    return f"{report.agency_slug}/{report.created:%Y/%m/%d}/{report.name}.csv.gz"


async def archive_report(report: ReportJob) -> str:
    local = Path(report.output_path)
    key = archive_key(report)
    cmd = (
        f"gzip -c '{local}' | aws s3 cp - 's3://{settings.archive_bucket}/{key}' "
        f"--sse aws:kms --only-show-errors"
    )
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE, stderr=PIPE)
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"archive of {report.job_id} failed: {stderr.decode(errors='replace')}")
    log.info("archived report %s to %s", report.job_id, key)
    return key


async def archive_all(reports: list[ReportJob], concurrency: int = 4) -> list[str]:
    sem = asyncio.Semaphore(concurrency)

    async def _one(r: ReportJob) -> str:
        async with sem:
            return await archive_report(r)

    return await asyncio.gather(*(_one(r) for r in reports))
