"""Usage logging for the auditor certificate lookup API (FastAPI middleware)."""
import logging
import time

from fastapi import FastAPI, Request
from starlette.middleware.base import BaseHTTPMiddleware

from chainmaker.auditor_keys import key_identifier

usage_log = logging.getLogger("chainmaker.auditor_usage")

KEY_HEADER = "x-auditor-key"


class AuditorUsageMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.perf_counter()
        raw_key = request.headers.get(KEY_HEADER, "")
        key_id = key_identifier(raw_key) if raw_key else "anonymous"
        response = await call_next(request)
        usage_log.info(
            "lookup path=%s status=%d key_id=%s client=%s took_ms=%.1f",
            request.url.path,
            response.status_code,
            key_id,
            request.client.host if request.client else "-",
            (time.perf_counter() - started) * 1000,
        )
        return response


def install(app: FastAPI) -> None:
    app.add_middleware(AuditorUsageMiddleware)


def summarise(records: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for record in records:
        counts[record["key_id"]] = counts.get(record["key_id"], 0) + 1
    return dict(sorted(counts.items(), key=lambda item: item[1], reverse=True))
