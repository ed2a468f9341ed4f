"""Async worker that archives locked study datasets for retention.

Archive jobs are queued by the sponsor portal when a sponsor confirms a
database lock; each job names the study and the snapshot to retain.
"""
import asyncio
import json
import logging
import os
from pathlib import Path

log = logging.getLogger("archiver")

ARCHIVE_ROOT = Path(os.environ.get("ARCHIVE_ROOT", "/srv/archive"))
EXPORT_ROOT = Path(os.environ.get("EXPORT_ROOT", "/srv/exports"))


class ArchiveFailed(RuntimeError):
    pass


async def archive_study(job: dict) -> Path:
    study = job["study_code"]
    snapshot = job["snapshot_label"]
    target = ARCHIVE_ROOT / f"{study}_{snapshot}.tar.zst"
    cmd = f"tar --zstd -cf {target} -C {EXPORT_ROOT} {study}/{snapshot}"
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise ArchiveFailed(err.decode(errors="replace").strip())
    log.info("archived %s/%s -> %s", study, snapshot, target)
    return target


async def run_worker(queue: "asyncio.Queue[bytes]") -> None:
    while True:
        raw = await queue.get()
        try:
            await archive_study(json.loads(raw))
        except (ArchiveFailed, KeyError, ValueError):
            log.exception("archive job failed")
        finally:
            queue.task_done()
