"""Chat notifications for berth plan changes.

The marine operations channel gets a message whenever a vessel's berth
window moves by more than the configured threshold, so pilots, mooring
gangs and the crane roster can react.
"""
import os
from datetime import datetime

import httpx

from terminal_ops.config import settings

WEBHOOK_URL = os.environ["MARINE_OPS_WEBHOOK_URL"]
DEPLOY_ENV = os.environ.get("DEPLOY_ENV", "production")


def _format_shift(vessel: str, berth: str, old_eta: datetime, new_eta: datetime) -> str:
    delta_h = (new_eta - old_eta).total_seconds() / 3600
    direction = "later" if delta_h > 0 else "earlier"
    return (
        f"{vessel} at berth {berth}: ETA moved {abs(delta_h):.1f}h {direction} "
        f"({old_eta:%d %b %H:%M} -> {new_eta:%d %b %H:%M})"
    )


async def notify_berth_shift(vessel: str, berth: str, old_eta: datetime, new_eta: datetime) -> bool:
    if abs((new_eta - old_eta).total_seconds()) < settings.BERTH_SHIFT_ALERT_SECONDS:
        return False
    payload = {
        "text": _format_shift(vessel, berth, old_eta, new_eta),
        "username": f"berth-planner ({DEPLOY_ENV})",
        "terminal": settings.TERMINAL_CODE,
    }
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(WEBHOOK_URL, json=payload)
        resp.raise_for_status()
    return True
