"""Async collector for FIX drop-copy messages.

Consumes FIX messages from the drop-copy Redis stream and appends them
to per-session daily log files that the surveillance tooling tails.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from pathlib import Path

import aiofiles
import redis.asyncio as aioredis

log = logging.getLogger("fix_log_collector")

LOG_ROOT = Path(os.environ.get("FIX_LOG_ROOT", "/var/log/fix-dropcopy"))
STREAM = os.environ.get("FIX_DROPCOPY_STREAM", "fix:dropcopy")
GROUP = "log-collector"
CONSUMER = os.environ.get("HOSTNAME", "collector-1")
SOH = "\x01"


def _session_of(raw: str) -> str:
    fields = dict(f.split("=", 1) for f in raw.split(SOH) if "=" in f)
    return f"{fields.get('49', 'UNKNOWN')}-{fields.get('56', 'UNKNOWN')}"


class FixLogCollector:
    def __init__(self, redis_url: str) -> None:
        self.redis = aioredis.from_url(redis_url, decode_responses=True)
        self._opened: set[Path] = set()

    async def _ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
        except aioredis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def _log_path(self, session: str) -> Path:
        day = dt.date.today().strftime("%Y%m%d")
        folder = LOG_ROOT / day
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{session}.log"
        if path not in self._opened:
            path.touch(exist_ok=True)
            os.chmod(path, 0o666)
            self._opened.add(path)
        return path

    async def _append(self, session: str, lines: list[str]) -> None:
        async with aiofiles.open(self._log_path(session), "a", encoding="ascii") as fh:
            await fh.write("".join(line.replace(SOH, "|") + "\n" for line in lines))

    async def run(self) -> None:
        await self._ensure_group()
        while True:
            resp = await self.redis.xreadgroup(GROUP, CONSUMER, {STREAM: ">"}, count=500, block=5000)
            if not resp:
                continue
            by_session: dict[str, list[str]] = {}
            ids = []
            for _stream, messages in resp:
                for msg_id, fields in messages:
                    raw = fields["msg"]
                    by_session.setdefault(_session_of(raw), []).append(raw)
                    ids.append(msg_id)
            for session, lines in by_session.items():
                await self._append(session, lines)
            await self.redis.xack(STREAM, GROUP, *ids)
            log.debug("logged %d messages across %d sessions", len(ids), len(by_session))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(FixLogCollector(os.environ.get("REDIS_URL", "redis://localhost:6379/2")).run())
