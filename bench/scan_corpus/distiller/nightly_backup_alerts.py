"""Alerts for the nightly bonded-stock database backup.

A cron job dumps the warehouse database and uploads it to object storage;
this module posts the outcome to the operations channel in Slack.
"""
import os
import subprocess
from datetime import datetime

import httpx

SLACK_WEBHOOK = os.environ.get("OPS_SLACK_WEBHOOK", "")
BACKUP_BUCKET = os.environ.get("BACKUP_BUCKET", "distillery-backups")


def backup_context() -> dict:
    return {
        "source": os.environ["WAREHOUSE_DATABASE_URL"],
        "bucket": BACKUP_BUCKET,
        "host": os.uname().nodename,
    }


def _message(ok: bool, ctx: dict, detail: str) -> dict:
    icon = ":white_check_mark:" if ok else ":rotating_light:"
    text = (
        f"{icon} Warehouse backup {'completed' if ok else 'FAILED'} "
        f"at {datetime.now():%Y-%m-%d %H:%M}\n"
        f"source: `{ctx['source']}`\nbucket: `{ctx['bucket']}` on {ctx['host']}\n{detail}"
    )
    return {"text": text}


def run_backup() -> None:
    ctx = backup_context()
    proc = subprocess.run(
        ["/usr/local/bin/warehouse-backup", "--bucket", ctx["bucket"]],
        capture_output=True,
        text=True,
    )
    ok = proc.returncode == 0
    detail = proc.stdout[-500:] if ok else proc.stderr[-1500:]
    httpx.post(SLACK_WEBHOOK, json=_message(ok, ctx, detail), timeout=10)


if __name__ == "__main__":
    run_backup()
