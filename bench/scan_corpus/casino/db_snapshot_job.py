"""Takes encrypted logical snapshots of selected wallet tables for audit requests.

Connection details come from the libpq service file (PGSERVICE), so no
credentials pass through this process's arguments.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger("ops.snapshots")

TABLE_RE = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$")
SNAPSHOT_DIR = Path(os.environ.get("SNAPSHOT_DIR", "/var/backups/wallet"))


async def _exec(*argv: str) -> None:
    proc = await asyncio.create_subprocess_exec(*argv, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}: {err.decode(errors='replace')[:300]}")


async def snapshot_tables(tables: list[str], recipient_fpr: str) -> Path:
    invalid = [t for t in tables if not TABLE_RE.match(t)]
    if invalid:
        raise ValueError(f"invalid table names: {invalid}")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    dump = SNAPSHOT_DIR / f"wallet_{stamp}.dump"
    SNAPSHOT_DIR.mkdir(parents=True, exist_ok=True)
    await _exec("pg_dump", "--format=custom", f"--file={dump}", *(f"--table={t}" for t in tables))
    await _exec("gpg", "--batch", "--yes", "--recipient", recipient_fpr, "--output", f"{dump}.gpg", "--encrypt", str(dump))
    dump.unlink()
    log.info("snapshot of %d tables written to %s.gpg", len(tables), dump)
    return dump.with_name(dump.name + ".gpg")
