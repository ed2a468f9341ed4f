"""Chat alerts for the nightly ERP-to-warehouse stock synchronisation job."""
import os
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from brushworks.settings import OPS_CHAT_WEBHOOK


@dataclass
class SyncRun:
    started: datetime
    finished: datetime | None = None
    skus_updated: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.finished is not None and not self.errors


def _connection_summary() -> dict[str, str]:
    return {
        "erp": os.environ.get("ERP_DATABASE_URL", "unset"),
        "wms": os.environ.get("WMS_API_BASE", "unset"),
        "queue": os.environ.get("SYNC_QUEUE_NAME", "stock-sync"),
    }


def _format_failure(run: SyncRun) -> str:
    conns = _connection_summary()
    lines = [
        f":red_circle: Stock sync failed (started {run.started:%H:%M})",
        f"SKUs updated before failure: {run.skus_updated}",
        *[f"- {e}" for e in run.errors[:10]],
        "Connections: " + ", ".join(f"{k}={v}" for k, v in conns.items()),
    ]
    return "\n".join(lines)


async def notify(run: SyncRun) -> None:
    if run.ok:
        text = f":white_check_mark: Stock sync finished, {run.skus_updated} SKUs updated"
    else:
        text = _format_failure(run)
    async with httpx.AsyncClient(timeout=10.0) as client:
        await client.post(OPS_CHAT_WEBHOOK, json={"text": text})
