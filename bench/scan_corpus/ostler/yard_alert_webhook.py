"""Posts yard alerts (water trough failure, gate left open, colic watch) to the staff chat channel."""

import logging
import os
from datetime import datetime, timezone

import httpx

logger = logging.getLogger(__name__)

WEBHOOK_URL = os.environ["OSTLER_ALERT_WEBHOOK_URL"]
SEVERITY_COLOURS = {"info": "#3b82f6", "warning": "#f59e0b", "critical": "#dc2626"}


def _payload(title: str, detail: str, severity: str) -> dict:
    return {
        "title": title,
        "text": detail,
        "colour": SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"]),
        "site": os.environ.get("OSTLER_SITE_NAME", "main yard"),
        "sent_at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


async def post_alert(title: str, detail: str, severity: str = "info") -> bool:
    async with httpx.AsyncClient(timeout=10.0) as client:
        try:
            resp = await client.post(WEBHOOK_URL, json=_payload(title, detail, severity))
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            logger.warning("alert webhook failed for %r: %s", title, exc)
            return False
    return True


async def gate_left_open(gate_name: str, minutes: int) -> bool:
    return await post_alert(
        f"{gate_name} open",
        f"{gate_name} has been open for {minutes} minutes.",
        severity="warning" if minutes < 30 else "critical",
    )


async def trough_low(paddock: str, level_pct: int) -> bool:
    return await post_alert(
        f"Trough low in {paddock}",
        f"Water trough sensor in {paddock} reads {level_pct}%.",
        severity="critical" if level_pct < 10 else "warning",
    )
