"""Diagnostic commands the support relay can run on a kiosk.

Each handler receives the decoded command arguments from the relay and
returns a JSON-serialisable result that is streamed back to the technician.
"""
from __future__ import annotations

import asyncio
import platform
import shutil
import time

DEFAULT_SINCE = "1 hour ago"
MAX_OUTPUT = 512 * 1024


async def _run(cmd: str, timeout: float = 30.0) -> dict:
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except asyncio.TimeoutError:
        proc.kill()
        return {"rc": None, "output": "", "error": "timeout"}
    return {"rc": proc.returncode, "output": out[:MAX_OUTPUT].decode(errors="replace")}


async def service_logs(args: dict) -> dict:
    unit = args.get("unit", "kiosk-agent")
    since = args.get("since", DEFAULT_SINCE)
    lines = int(args.get("lines", 500))
    return await _run(f"journalctl -u {unit} --since '{since}' -n {lines} --no-pager")


async def disk_usage(_args: dict) -> dict:
    total, used, free = shutil.disk_usage("/")
    return {"total": total, "used": used, "free": free}


async def system_info(_args: dict) -> dict:
    return {
        "hostname": platform.node(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "time": time.time(),
    }


HANDLERS = {
    "service_logs": service_logs,
    "disk_usage": disk_usage,
    "system_info": system_info,
}


async def dispatch(command: str, args: dict) -> dict:
    handler = HANDLERS.get(command)
    if handler is None:
        return {"error": f"unknown command {command!r}"}
    return await handler(args)
