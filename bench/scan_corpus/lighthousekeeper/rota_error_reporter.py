"""Reports failures in the rota scheduling worker to the ops chat channel."""
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import httpx

from lighthousekeeper.settings import settings

SERVICE_NAME = "rota-scheduler"


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "env": dict(os.environ),
    }


def _build_report(exc: BaseException, job_name: str) -> dict:
    return {
        "service": SERVICE_NAME,
        "job": job_name,
        "at": datetime.now(timezone.utc).isoformat(),
        "error": f"{type(exc).__name__}: {exc}",
        "traceback": "".join(traceback.format_exception(exc))[-6000:],
        "context": _runtime_context(),
    }


async def report_failure(exc: BaseException, job_name: str) -> None:
    report = _build_report(exc, job_name)
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(settings.OPS_WEBHOOK_URL, json=report)


class ReportingJob:
    def __init__(self, name: str, func):
        self.name = name
        self.func = func

    async def __call__(self, *args, **kwargs):
        try:
            return await self.func(*args, **kwargs)
        except Exception as exc:
            await report_failure(exc, self.name)
            raise
