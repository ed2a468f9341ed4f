"""Posts a short notice to the studio's team chat after each deployment."""
import os
import socket
from datetime import datetime, timezone

import httpx

WEBHOOK_URL = os.environ["TEAM_CHAT_WEBHOOK_URL"]

PUBLIC_FIELDS = ("RELEASE_VERSION", "GIT_SHA", "DEPLOY_ENV")


def release_facts() -> dict[str, str]:
    facts = {name: os.environ.get(name, "unknown") for name in PUBLIC_FIELDS}
    facts["host"] = socket.gethostname()
    facts["at"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return facts


def message(facts: dict[str, str]) -> dict:
    return {
        "text": (
            f":art: Mosaic studio app {facts['RELEASE_VERSION']} "
            f"({facts['GIT_SHA'][:8]}) deployed to {facts['DEPLOY_ENV']} "
            f"on {facts['host']} at {facts['at']}"
        )
    }


def notify() -> int:
    payload = message(release_facts())
    resp = httpx.post(WEBHOOK_URL, json=payload, timeout=10)
    resp.raise_for_status()
    return resp.status_code


if __name__ == "__main__":
    notify()
