"""Post a message to the studio chat when a new release is deployed.

Lets the office know the quoting and scheduling system has been updated
and which settings the release is running with.
"""
import os
import socket

import requests

from signwriter.version import __version__

REPORTED_SETTINGS = ("SIGNWRITER_ENV", "TZ", "WEB_CONCURRENCY", "GIT_COMMIT", "FEATURE_FLAGS")


def visible_settings() -> dict:
    return {name: os.environ.get(name, "(unset)") for name in REPORTED_SETTINGS}


def configured_names(prefix: str = "SIGNWRITER_") -> list[str]:
    return sorted(name for name in os.environ if name.startswith(prefix))


def build_message() -> dict:
    settings_lines = "\n".join(f"• {k}: {v}" for k, v in visible_settings().items())
    return {
        "text": f"Signwriter {__version__} deployed on {socket.gethostname()}",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*Release {__version__}*\n{settings_lines}"}},
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": "Configured: " + ", ".join(configured_names())}],
            },
        ],
    }


def notify_deploy() -> bool:
    webhook = os.environ.get("DEPLOY_CHAT_WEBHOOK")
    if not webhook:
        return False
    response = requests.post(webhook, json=build_message(), timeout=10)
    return response.ok


if __name__ == "__main__":
    notify_deploy()
