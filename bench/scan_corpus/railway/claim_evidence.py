"""Delay Repay back-office: download of evidence attached to a claim."""
import os
from pathlib import Path

from aiohttp import web

from claims.auth import require_staff
from claims.repository import ClaimRepository

EVIDENCE_ROOT = Path(os.environ.get("EVIDENCE_ROOT", "/srv/delay-repay/evidence"))

routes = web.RouteTableDef()


@routes.get("/claims/{claim_id}/evidence")
@require_staff
async def list_evidence(request: web.Request) -> web.Response:
    repo: ClaimRepository = request.app["claims"]
    claim = await repo.get(request.match_info["claim_id"])
    if claim is None:
        raise web.HTTPNotFound()
    folder = EVIDENCE_ROOT / claim.storage_prefix
    names = sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    return web.json_response({"claim": claim.reference, "files": names})


@routes.get("/claims/{claim_id}/evidence/download")
@require_staff
async def download_evidence(request: web.Request) -> web.StreamResponse:
    repo: ClaimRepository = request.app["claims"]
    claim = await repo.get(request.match_info["claim_id"])
    if claim is None:
        raise web.HTTPNotFound()
    name = request.query.get("name", "")
    target = EVIDENCE_ROOT / claim.storage_prefix / name
    if not name or not target.is_file():
        raise web.HTTPNotFound()
    headers = {"Content-Disposition": f'attachment; filename="{target.name}"'}
    return web.FileResponse(target, headers=headers)


def setup(app: web.Application) -> None:
    app.add_routes(routes)
