"""Tiny local HTTP server that lets the support app download exported bundles.

Runs on the loopback interface only; the support app passes the per-session
token it got from the tray icon.
"""
import hmac
import os
from pathlib import Path

from aiohttp import web

EXPORT_DIR = Path(os.environ.get("SUPPORT_EXPORT_DIR", "/var/lib/gateway/exports")).resolve()


@web.middleware
async def token_auth(request: web.Request, handler):
    sent = request.headers.get("Authorization", "").removeprefix("Bearer ")
    expected = request.app["session_token"]
    if not hmac.compare_digest(sent.encode(), expected.encode()):
        raise web.HTTPUnauthorized()
    return await handler(request)


async def list_exports(request: web.Request) -> web.Response:
    names = sorted(p.name for p in EXPORT_DIR.glob("*.tar.gz"))
    return web.json_response(names)


async def download_export(request: web.Request) -> web.StreamResponse:
    candidate = (EXPORT_DIR / request.match_info["name"]).resolve()
    if not candidate.is_relative_to(EXPORT_DIR) or not candidate.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(
        candidate, headers={"Content-Disposition": f'attachment; filename="{candidate.name}"'}
    )


def make_app(session_token: str) -> web.Application:
    app = web.Application(middlewares=[token_auth])
    app["session_token"] = session_token
    app.add_routes([web.get("/exports", list_exports), web.get("/exports/{name}", download_export)])
    return app


if __name__ == "__main__":
    web.run_app(make_app(os.environ["SUPPORT_SESSION_TOKEN"]), host="127.0.0.1", port=8765)
