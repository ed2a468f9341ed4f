"""Serves survey drawings for the extraction plan viewer.

The quarry surveyor publishes drone survey outputs, bench plans and
restoration drawings into a shared folder tree. The planning viewer fetches
them by relative path so the folder structure can mirror the surveyor's.
"""

import mimetypes
import os
from pathlib import Path

from aiohttp import web

DRAWINGS_ROOT = Path(os.environ.get("SURVEY_DRAWINGS_ROOT", "/srv/quarryman/survey")).resolve()


def resolve_drawing(relative: str, root: Path = DRAWINGS_ROOT) -> Path | None:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        return None
    if not candidate.is_file():
        return None
    return candidate


async def get_drawing(request: web.Request) -> web.StreamResponse:
    relative = request.match_info["relpath"]
    drawing = resolve_drawing(relative)
    if drawing is None:
        raise web.HTTPNotFound()
    content_type, _ = mimetypes.guess_type(drawing.name)
    return web.FileResponse(
        drawing,
        headers={
            "Content-Type": content_type or "application/octet-stream",
            "Cache-Control": "private, max-age=3600",
        },
    )


async def list_folder(request: web.Request) -> web.Response:
    relative = request.query.get("folder", "")
    folder = (DRAWINGS_ROOT / relative).resolve()
    if not folder.is_relative_to(DRAWINGS_ROOT) or not folder.is_dir():
        raise web.HTTPNotFound()
    entries = [
        {"name": p.name, "folder": p.is_dir(), "path": p.relative_to(DRAWINGS_ROOT).as_posix()}
        for p in sorted(folder.iterdir())
    ]
    return web.json_response(entries)


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/drawings", list_folder)
    app.router.add_get("/drawings/{relpath:.+}", get_drawing)
    return app
