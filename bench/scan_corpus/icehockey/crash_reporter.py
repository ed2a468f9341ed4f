"""Sends crash reports from the game-sheet sync worker to the ops collector."""
from __future__ import annotations

import logging
import os
import platform
import traceback
from datetime import datetime, timezone
from typing import Any

import httpx

log = logging.getLogger("gamesheet_sync.crash")

REPORTED_SETTINGS = ("GAMESHEET_SYNC_RELEASE", "GAMESHEET_SYNC_REGION", "GAMESHEET_SYNC_QUEUE")


def runtime_context() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "host": platform.node(),
        "settings": {key: os.environ.get(key, "") for key in REPORTED_SETTINGS},
    }


class CrashReporter:
    def __init__(self, endpoint: str, client: httpx.Client | None = None) -> None:
        self._endpoint = endpoint
        self._client = client or httpx.Client(timeout=10.0)

    def payload(self, exc: BaseException, job: str, game_id: int | None = None) -> dict[str, Any]:
        return {
            "service": "gamesheet-sync",
            "job": job,
            "game_id": game_id,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "error": type(exc).__name__,
            "traceback": traceback.format_exception(exc),
            "context": runtime_context(),
        }

    def report(self, exc: BaseException, job: str, game_id: int | None = None) -> None:
        try:
            response = self._client.post(self._endpoint, json=self.payload(exc, job, game_id))
            response.raise_for_status()
        except httpx.HTTPError as err:
            log.warning("Crash report for %s not delivered: %s", job, type(err).__name__)


def run_job(reporter: CrashReporter, job: str, game_id: int) -> None:
    from .sync import push_game_sheet

    try:
        push_game_sheet(game_id)
    except Exception as exc:
        reporter.report(exc, job, game_id)
        raise


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    run_job(CrashReporter(os.environ["GAMESHEET_CRASH_ENDPOINT"]), "manual_push", int(sys.argv[1]))
