"""Serve tile catalogue images for the public colour-picker page.

Images live under the catalogue volume in supplier subfolders; requests
arrive as /catalogue/<supplier>/<image>.
"""
import mimetypes
import os

from starlette.applications import Starlette
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from studio.settings import CATALOGUE_ROOT

ROOT = os.path.realpath(CATALOGUE_ROOT)


def locate(supplier: str, image: str) -> str | None:
    candidate = os.path.realpath(os.path.join(ROOT, supplier, image))
    if os.path.commonpath([ROOT, candidate]) != ROOT:
        return None
    return candidate if os.path.isfile(candidate) else None


async def catalogue_image(request):
    path = locate(request.path_params["supplier"], request.path_params["image"])
    if path is None:
        return Response(status_code=404)
    media_type, _ = mimetypes.guess_type(path)
    return FileResponse(
        path,
        media_type=media_type or "application/octet-stream",
        headers={"Cache-Control": "public, max-age=86400"},
    )


async def supplier_index(request):
    folder = os.path.realpath(os.path.join(ROOT, request.path_params["supplier"]))
    if os.path.commonpath([ROOT, folder]) != ROOT or not os.path.isdir(folder):
        return Response(status_code=404)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".png")))
    return Response("\n".join(names), media_type="text/plain")


app = Starlette(
    routes=[
        Route("/catalogue/{supplier}", supplier_index),
        Route("/catalogue/{supplier}/{image:path}", catalogue_image),
    ]
)
