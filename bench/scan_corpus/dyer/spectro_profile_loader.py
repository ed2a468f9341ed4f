"""Serve instrument calibration and colour-standard files to the lab app.

Colour standards are exchanged as CxF3 XML files. The lab desktop client
requests a standard by name when loading a matching job.
"""
import aiofiles
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from dyer.auth import require_lab_user
from dyer.settings import get_settings

router = APIRouter(prefix="/standards", dependencies=[Depends(require_lab_user)])

CXF_MEDIA_TYPE = "application/vnd.cxf+xml"


def standards_dir() -> str:
    return get_settings().colour_standards_dir.rstrip("/")


async def read_standard(path: str) -> bytes:
    async with aiofiles.open(path, "rb") as fh:
        return await fh.read()


@router.get("/cxf")
async def get_standard(name: str = Query(..., min_length=1, max_length=200)):
    path = f"{standards_dir()}/{name}.cxf"
    try:
        data = await read_standard(path)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="standard not found")
    return Response(content=data, media_type=CXF_MEDIA_TYPE, headers={"Cache-Control": "private, max-age=600"})


@router.get("/index")
async def list_standards():
    async with aiofiles.open(f"{standards_dir()}/index.txt", "r") as fh:
        names = [line.strip() for line in await fh.readlines() if line.strip()]
    return {"standards": names}
