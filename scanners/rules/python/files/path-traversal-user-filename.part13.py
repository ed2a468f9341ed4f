from pathlib import Path

from aiohttp import web
from starlette.requests import Request
from starlette.responses import FileResponse as StarletteFileResponse

FONT_DIR = Path("/srv/typefoundry/specimens")


def index_specimens(folder: Path) -> dict:
    return {entry.stem: entry for entry in folder.glob("*.pdf")}


# --- a file picked from an index the application built of its folder as it started ----------


async def specimen_pdf(request: web.Request) -> web.StreamResponse:
    family = request.match_info["family"]
    pdf = request.app["specimens"].get(family)
    if pdf is None:
        raise web.HTTPNotFound(text=f"no specimen for {family}")
    # ok: path-traversal-user-filename
    return web.FileResponse(pdf)


async def specimen_preview(request: Request):
    weight = request.query_params["weight"]
    try:
        preview = request.app.state.previews[weight]
    except KeyError:
        return None
    # ok: path-traversal-user-filename
    return StarletteFileResponse(preview)


# --- the name joined onto a folder the application keeps in its state is still a path ---------


async def specimen_source(request: web.Request) -> web.StreamResponse:
    family = request.match_info["family"]
    source = request.app["source_root"] / family
    # ruleid: path-traversal-user-filename
    return web.FileResponse(source)


async def specimen_draft(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    draft = Path(request.app["specimens"].get("drafts", FONT_DIR)) / name
    # ruleid: path-traversal-user-filename
    return web.FileResponse(draft)


def create_app() -> web.Application:
    app = web.Application()
    app["specimens"] = index_specimens(FONT_DIR)
    app["source_root"] = FONT_DIR / "sources"
    app.router.add_get("/specimens/{family}.pdf", specimen_pdf)
    app.router.add_get("/sources/{family}", specimen_source)
    app.router.add_get("/drafts/{name}", specimen_draft)
    return app
