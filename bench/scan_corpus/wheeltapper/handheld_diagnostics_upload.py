"""Support bundle upload from inspector handhelds to the device vendor.

When a handheld misbehaves in the field the inspector raises a ticket from the
settings screen; the device then ships a diagnostics bundle to the vendor's
support endpoint so the fault can be reproduced.
"""
import os
import platform
import sys
import time
from pathlib import Path

import httpx

from wheeltapper.handheld.config import DeviceConfig

LOG_DIR = Path("/var/log/wheeltapper")
_SKIP_VARS = {"PATH", "PS1", "TERM", "LS_COLORS", "OLDPWD", "SHLVL"}


def _runtime_context() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "uptime_s": round(time.monotonic(), 1),
        "environment": {k: v for k, v in os.environ.items() if k not in _SKIP_VARS},
    }


def _recent_logs(max_bytes: int = 256_000) -> str:
    chunks = []
    remaining = max_bytes
    for path in sorted(LOG_DIR.glob("app*.log"), key=lambda p: p.stat().st_mtime, reverse=True):
        data = path.read_bytes()[-remaining:]
        chunks.append(data.decode("utf-8", errors="replace"))
        remaining -= len(data)
        if remaining <= 0:
            break
    return "\n".join(reversed(chunks))


async def upload_support_bundle(config: DeviceConfig, ticket: str) -> str:
    bundle = {
        "ticket": ticket,
        "device_serial": config.device_serial,
        "app_version": config.app_version,
        "runtime": _runtime_context(),
        "log_tail": _recent_logs(),
    }
    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(config.support_upload_url, json=bundle)
        resp.raise_for_status()
        return resp.json()["bundle_id"]
