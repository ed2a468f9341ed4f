"""Sends crash reports from the regatta entries service to the ops webhook."""

import logging
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

logger = logging.getLogger("entries.crash")

SERVICE_NAME = "regatta-entries"
REPORTED_ENV = ("APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "AWS_REGION")


def _webhook_url() -> str | None:
    return os.environ.get("OPS_WEBHOOK_URL") or None


def _build_info() -> dict:
    info = {name.lower(): os.environ.get(name, "unset") for name in REPORTED_ENV}
    info.update(host=socket.gethostname(), python=platform.python_version())
    return info


def crash_report(exc: BaseException, method: str, path: str) -> dict:
    return {
        "service": SERVICE_NAME,
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "error": type(exc).__name__,
        "message": str(exc)[:500],
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "request": {"method": method, "path": path},
        "build": _build_info(),
    }


async def send_crash_report(report: dict) -> bool:
    url = _webhook_url()
    if url is None:
        return False
    try:
        async with httpx.AsyncClient(timeout=5.0) as client:
            resp = await client.post(url, json=report)
            resp.raise_for_status()
    except httpx.HTTPError as exc:
        logger.warning("Crash report delivery failed: %s", exc.__class__.__name__)
        return False
    return True


def install(app: FastAPI) -> None:
    @app.exception_handler(Exception)
    async def _on_error(request: Request, exc: Exception):
        logger.exception("Unhandled error on %s %s", request.method, request.url.path)
        await send_crash_report(crash_report(exc, request.method, request.url.path))
        return JSONResponse({"detail": "Something went wrong with your entry. Please try again."}, status_code=500)
