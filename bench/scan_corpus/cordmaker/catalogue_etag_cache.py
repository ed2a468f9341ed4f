"""Public rope catalogue endpoint with conditional GET support.

Climbing gyms poll the catalogue to refresh their shop displays, so the
response carries an ETag derived from the catalogue content.
"""
import hashlib
import json

from fastapi import APIRouter, Request, Response

from cordmaker.catalogue import load_public_catalogue

router = APIRouter(prefix="/catalogue")


def catalogue_etag(payload: bytes) -> str:
    return '"' + hashlib.sha1(payload).hexdigest() + '"'


def _serialise(items: list) -> bytes:
    return json.dumps(items, sort_keys=True, separators=(",", ":")).encode()


@router.get("")
async def get_catalogue(request: Request) -> Response:
    items = await load_public_catalogue()
    body = _serialise(items)
    etag = catalogue_etag(body)
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    return Response(
        content=body,
        media_type="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=300"},
    )


@router.get("/{family}")
async def get_family(family: str, request: Request) -> Response:
    items = [i for i in await load_public_catalogue() if i["family"] == family]
    body = _serialise(items)
    etag = catalogue_etag(body)
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers={"ETag": etag})
    return Response(content=body, media_type="application/json", headers={"ETag": etag})
