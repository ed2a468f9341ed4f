"""Service log collection for the support relay's "logs" command."""
from __future__ import annotations

import asyncio
import re

ALLOWED_UNITS = frozenset({"kiosk-agent", "kiosk-ui", "payment-bridge", "printer-spooler"})
_SINCE_RE = re.compile(r"^\d{1,3} (minutes?|hours?|days?) ago$")
MAX_LINES = 5000


def _validate(args: dict) -> tuple[str, str, int]:
    unit = args.get("unit", "kiosk-agent")
    if unit not in ALLOWED_UNITS:
        raise ValueError(f"unit not allowed: {unit!r}")
    since = args.get("since", "1 hour ago")
    if not _SINCE_RE.match(since):
        raise ValueError("since must look like '30 minutes ago'")
    lines = max(1, min(int(args.get("lines", 500)), MAX_LINES))
    return unit, since, lines


async def collect_service_logs(args: dict, timeout: float = 30.0) -> dict:
    unit, since, lines = _validate(args)
    proc = await asyncio.create_subprocess_exec(
        "journalctl", "-u", unit, "--since", since, "-n", str(lines), "--no-pager",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except asyncio.TimeoutError:
        proc.kill()
        await proc.wait()
        return {"rc": None, "error": "timeout"}
    return {"rc": proc.returncode, "output": out.decode(errors="replace")}
