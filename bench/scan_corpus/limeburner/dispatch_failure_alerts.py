"""Alerts to the operations chat when the nightly dispatch run fails.

Each evening a job allocates the next day's merchant and site deliveries to
lorries and pallet-network collections. If the job fails the transport
planner needs to know before the 6am loading shift, so a message is posted
to the operations channel of the hosted chat service.
"""

import os
import socket
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests


@dataclass
class AlertSettings:
    webhook_url: str = field(default_factory=lambda: os.environ["OPS_CHAT_WEBHOOK_URL"])
    service: str = "dispatch-planner"
    include_runtime: bool = True


def runtime_details() -> dict[str, str]:
    return {
        "host": socket.gethostname(),
        "release": os.environ.get("APP_RELEASE", "unknown"),
        "database": os.environ.get("DATABASE_URL", ""),
        "queue": os.environ.get("CELERY_BROKER_URL", ""),
    }


def format_alert(settings: AlertSettings, run_date: str, exc: BaseException) -> dict:
    lines = [
        f":rotating_light: *{settings.service}* failed for {run_date}",
        f"```{''.join(traceback.format_exception_only(type(exc), exc)).strip()}```",
    ]
    if settings.include_runtime:
        details = runtime_details()
        lines.extend(f"• {key}: `{value}`" for key, value in details.items())
    return {"text": "\n".join(lines)}


def notify_failure(run_date: str, exc: BaseException, settings: AlertSettings | None = None) -> None:
    settings = settings or AlertSettings()
    payload = format_alert(settings, run_date, exc)
    payload["ts"] = datetime.now(timezone.utc).isoformat()
    response = requests.post(settings.webhook_url, json=payload, timeout=10)
    response.raise_for_status()


def run_with_alerts(job, run_date: str) -> None:
    try:
        job(run_date)
    except Exception as exc:
        notify_failure(run_date, exc)
        raise
