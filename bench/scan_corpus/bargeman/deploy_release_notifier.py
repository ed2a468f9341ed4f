"""Posts a release announcement to the operations chat channel after a deploy."""
import os
import subprocess
import sys
from dataclasses import dataclass, field

import requests

from bargeman.settings import settings


def _git_revision() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


@dataclass
class ReleaseInfo:
    version: str
    environment: str = field(default_factory=lambda: os.getenv("BARGEMAN_ENV", "production"))
    revision: str = field(default_factory=_git_revision)
    broker: str = field(default_factory=lambda: os.getenv("CELERY_BROKER_URL", ""))
    database: str = field(default_factory=lambda: os.getenv("DATABASE_URL", ""))


def _message(info: ReleaseInfo) -> dict:
    lines = [
        f":ship: bargeman *{info.version}* deployed to *{info.environment}* ({info.revision})",
        f"broker: `{info.broker}`",
        f"database: `{info.database}`",
    ]
    return {"text": "\n".join(lines), "username": "deploy-bot"}


def announce_release(version: str) -> None:
    info = ReleaseInfo(version=version)
    resp = requests.post(settings.OPS_CHAT_WEBHOOK_URL, json=_message(info), timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    announce_release(sys.argv[1] if len(sys.argv) > 1 else "dev")
