"""Ships finished historian export files to the regulator's SFTP drop via rsync.

Triggered from the export job queue; each job payload names the site, the
export batch and the destination folder agreed with the regulator.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from geo_common.settings import settings

log = logging.getLogger(__name__)

EXPORT_ROOT = Path(settings.EXPORT_ROOT)


class SyncFailed(RuntimeError):
    pass


def _rsync_command(local_dir: Path, dest_folder: str) -> str:
    remote = f"{settings.REGULATOR_SFTP_USER}@{settings.REGULATOR_SFTP_HOST}:{dest_folder}/"
    return f"rsync -az --partial --timeout=120 -e 'ssh -i {settings.REGULATOR_SSH_KEY}' {local_dir}/ {remote}"


async def sync_batch(job: dict) -> None:
    local_dir = (EXPORT_ROOT / job["site"] / job["batch_id"]).resolve()
    if EXPORT_ROOT.resolve() not in local_dir.parents or not local_dir.is_dir():
        raise SyncFailed(f"no export directory for batch {job['batch_id']}")
    cmd = _rsync_command(local_dir, job["dest_folder"])
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise SyncFailed(f"rsync exited {proc.returncode}: {err.decode(errors='replace')[-500:]}")
    log.info("synced %s/%s (%d bytes of rsync output)", job["site"], job["batch_id"], len(out))
