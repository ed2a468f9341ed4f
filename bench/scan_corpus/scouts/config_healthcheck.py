"""Startup self-check for the events service, reported to the internal status board."""

import logging
import os
import socket

import requests

log = logging.getLogger(__name__)

REQUIRED_SETTINGS = (
    "DATABASE_URL",
    "REDIS_URL",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "SMTP_PASSWORD",
    "STATUS_BOARD_URL",
)


def missing_settings() -> list[str]:
    return [name for name in REQUIRED_SETTINGS if not os.environ.get(name)]


def report_startup() -> bool:
    missing = missing_settings()
    payload = {
        "service": "events",
        "host": socket.gethostname(),
        "ok": not missing,
        "missing_settings": missing,
    }
    board = os.environ.get("STATUS_BOARD_URL")
    if board:
        try:
            requests.post(f"{board.rstrip('/')}/checks", json=payload, timeout=5).raise_for_status()
        except requests.RequestException:
            log.warning("Status board unreachable", exc_info=True)
    if missing:
        log.error("Missing required settings: %s", ", ".join(missing))
    return not missing
