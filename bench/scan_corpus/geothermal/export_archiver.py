"""Compresses historian export batches and pushes them to the archive host."""
from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path

from geo_common.settings import settings

log = logging.getLogger(__name__)

EXPORT_ROOT = Path(settings.EXPORT_ROOT)
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


class ArchiveFailed(RuntimeError):
    pass


async def _run(*argv: str) -> bytes:
    proc = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise ArchiveFailed(f"{argv[0]} exited {proc.returncode}: {err.decode(errors='replace')[-500:]}")
    return out


async def archive_batch(site: str, batch_id: str) -> Path:
    if not (NAME_RE.match(site) and NAME_RE.match(batch_id)):
        raise ArchiveFailed(f"invalid site or batch id: {site!r}/{batch_id!r}")
    batch_dir = (EXPORT_ROOT / site / batch_id).resolve()
    if EXPORT_ROOT.resolve() not in batch_dir.parents or not batch_dir.is_dir():
        raise ArchiveFailed(f"no export directory for {site}/{batch_id}")
    tarball = batch_dir.parent / f"{batch_dir.name}.tar.zst"
    await _run("tar", "--zstd", "-cf", str(tarball), "-C", str(batch_dir.parent), "--", batch_dir.name)
    dest = f"{settings.ARCHIVE_SSH_USER}@{settings.ARCHIVE_HOST}:{settings.ARCHIVE_PATH}/{site}/"
    await _run("scp", "-i", settings.ARCHIVE_SSH_KEY, "-o", "BatchMode=yes", "--", str(tarball), dest)
    log.info("archived %s to %s", tarball.name, settings.ARCHIVE_HOST)
    return tarball
