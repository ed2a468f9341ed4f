"""Serve rendered shopfront mockups with HTTP caching.

Mockups overlay the proposed lettering onto the site survey photo.  They
are expensive to render, so browsers and the CDN are encouraged to reuse
them via ETags.
"""
import hashlib

from fastapi import APIRouter, Header, HTTPException, Response

from signwriter.mockups import MockupRenderer, load_mockup_spec

router = APIRouter(prefix="/mockups")
renderer = MockupRenderer()


def etag_for(spec: dict) -> str:
    fingerprint = hashlib.sha1(
        repr(sorted(spec.items())).encode("utf-8"), usedforsecurity=False
    ).hexdigest()
    return f'"{fingerprint}"'


@router.get("/{job_ref}/{revision}.png")
async def mockup_image(
    job_ref: str,
    revision: int,
    if_none_match: str | None = Header(default=None),
) -> Response:
    spec = await load_mockup_spec(job_ref, revision)
    if spec is None:
        raise HTTPException(status_code=404)
    etag = etag_for(spec)
    headers = {"ETag": etag, "Cache-Control": "private, max-age=86400"}
    if if_none_match == etag:
        return Response(status_code=304, headers=headers)
    image = await renderer.render(spec)
    return Response(content=image, media_type="image/png", headers=headers)


@router.head("/{job_ref}/{revision}.png")
async def mockup_head(job_ref: str, revision: int) -> Response:
    spec = await load_mockup_spec(job_ref, revision)
    if spec is None:
        raise HTTPException(status_code=404)
    return Response(status_code=200, headers={"ETag": etag_for(spec)})
