"""Remote control endpoints for FIDS screens, used by the IT service desk.

The screen fleet is managed with ``fidsctl``, the vendor's CLI, installed on
the display management server.
"""
import asyncio
import logging
import os

from aiohttp import web

log = logging.getLogger("fids.control")

FIDSCTL = os.environ.get("FIDSCTL_BIN", "/opt/fidsmgr/bin/fidsctl")
ACTIONS = {"reboot", "blank", "refresh", "identify"}

routes = web.RouteTableDef()


async def _run_fidsctl(action: str, screen_id: str, reason: str) -> tuple[int, str]:
    cmd = f"{FIDSCTL} {action} --screen {screen_id} --reason '{reason}'"
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    return proc.returncode, out.decode(errors="replace")


@routes.post("/screens/{screen_id}/{action}")
async def screen_action(request: web.Request) -> web.Response:
    action = request.match_info["action"]
    if action not in ACTIONS:
        raise web.HTTPNotFound(text=f"unknown action {action}")
    screen_id = request.match_info["screen_id"]
    data = await request.json()
    reason = data.get("reason", "service desk request")
    operator = request.get("user", "unknown")
    log.info("%s requested %s on screen %s", operator, action, screen_id)
    rc, output = await _run_fidsctl(action, screen_id, reason)
    if rc != 0:
        log.error("fidsctl %s failed for %s: %s", action, screen_id, output.strip())
        return web.json_response({"ok": False, "output": output}, status=502)
    return web.json_response({"ok": True, "output": output})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app
