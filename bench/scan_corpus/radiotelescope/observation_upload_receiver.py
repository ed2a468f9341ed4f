"""Starlette endpoint receiving flag tables uploaded by visiting observers."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from werkzeug.utils import secure_filename

STAGING_ROOT = Path(os.environ.get("RT_STAGING_ROOT", "/srv/rt/staging"))
ALLOWED_SUFFIXES = {".csv", ".flags", ".txt"}
MAX_BYTES = 20 * 1024 * 1024


def staged_name(original: str) -> str:
    cleaned = secure_filename(original) or "upload.txt"
    return f"{uuid.uuid4().hex[:8]}_{cleaned}"


async def receive_flags(request: Request) -> JSONResponse:
    observer = request.headers.get("X-Observer-Id", "")
    if not observer.isalnum():
        return JSONResponse({"error": "unknown observer"}, status_code=401)
    form = await request.form()
    upload = form.get("flags")
    if upload is None or not hasattr(upload, "filename"):
        return JSONResponse({"error": "flags file required"}, status_code=400)
    name = staged_name(upload.filename or "")
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        return JSONResponse({"error": "unsupported type"}, status_code=415)
    content = await upload.read()
    if len(content) > MAX_BYTES:
        return JSONResponse({"error": "too large"}, status_code=413)
    folder = STAGING_ROOT / observer
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    return JSONResponse({"stored": name, "bytes": len(content)}, status_code=201)


app = Starlette(routes=[Route("/observers/flags", receive_flags, methods=["POST"])])
