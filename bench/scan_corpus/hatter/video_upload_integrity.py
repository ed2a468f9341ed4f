"""Verifies that fitting videos arrived intact by checking the Content-MD5 the uploader sent."""
import base64
import hashlib

from fastapi import APIRouter, Depends, Header, HTTPException, Request

from hatter.auth import current_client
from hatter.storage import VideoStore

router = APIRouter()
MAX_VIDEO_BYTES = 500 * 1024 * 1024


async def read_body(request: Request) -> tuple[bytes, str]:
    digest = hashlib.md5()
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_VIDEO_BYTES:
            raise HTTPException(413, "video too large")
        digest.update(chunk)
        chunks.append(chunk)
    return b"".join(chunks), base64.b64encode(digest.digest()).decode()


@router.put("/fitting-videos")
async def put_video(
    request: Request,
    content_md5: str = Header(..., alias="Content-MD5"),
    client=Depends(current_client),
):
    body, computed = await read_body(request)
    if computed != content_md5:
        raise HTTPException(400, "upload corrupted in transit; please retry")
    key = await VideoStore().put_bytes(client.id, body, content_type="video/mp4")
    return {"key": key, "bytes": len(body)}
