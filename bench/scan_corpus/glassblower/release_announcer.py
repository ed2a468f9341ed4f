"""Announces a new deployment of the booking site in the studio's ops chat."""

import os
import socket
from datetime import datetime, timezone

import httpx

from hotshop.config import settings

PUBLIC_BUILD_VARS = ("GIT_COMMIT", "BUILD_NUMBER", "DEPLOY_ENV", "RELEASE_CHANNEL")


def build_metadata() -> dict[str, str]:
    meta = {name.lower(): os.environ.get(name, "unknown") for name in PUBLIC_BUILD_VARS}
    meta["host"] = socket.gethostname()
    meta["deployed_at"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return meta


def announcement_text(meta: dict[str, str], changes: list[str]) -> str:
    lines = [
        f"*Booking site deployed* to `{meta['deploy_env']}` on {meta['host']}",
        f"Commit `{meta['git_commit'][:10]}` · build #{meta['build_number']} · {meta['deployed_at']}",
    ]
    if changes:
        lines.append("Changes:")
        lines.extend(f"• {change}" for change in changes[:15])
    return "\n".join(lines)


def announce(changes: list[str] | None = None) -> None:
    meta = build_metadata()
    payload = {"text": announcement_text(meta, changes or []), "metadata": meta}
    response = httpx.post(settings.OPS_CHAT_WEBHOOK_URL, json=payload, timeout=5.0)
    response.raise_for_status()


if __name__ == "__main__":
    announce()
