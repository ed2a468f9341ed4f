"""Lets maintenance engineers remove raw telemetry dumps they no longer need."""
import asyncio
import logging
from pathlib import Path

from aiohttp import web

from ropewalker.config import settings
from ropewalker.plant.auth import require_role

log = logging.getLogger(__name__)

ARCHIVE_ROOT = Path(settings.TELEMETRY_ARCHIVE_ROOT)


def _dump_path(machine: str, dump_name: str) -> Path:
    return ARCHIVE_ROOT / machine / "raw" / dump_name


async def _remove(path: Path) -> int:
    size = path.stat().st_size
    await asyncio.to_thread(path.unlink)
    return size


@require_role("maintenance")
async def delete_dumps(request: web.Request) -> web.Response:
    machine = request.match_info["machine"]
    if not machine.isalnum():
        raise web.HTTPBadRequest(text="bad machine id")
    body = await request.json()
    freed = 0
    removed = []
    for dump_name in body.get("dumps", []):
        path = _dump_path(machine, dump_name)
        if not path.is_file():
            continue
        freed += await _remove(path)
        removed.append(dump_name)
    log.info("removed %d telemetry dumps for %s (%d bytes)", len(removed), machine, freed)
    return web.json_response({"removed": removed, "freed_bytes": freed})


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/maintenance/{machine}/telemetry/prune", delete_dumps)
