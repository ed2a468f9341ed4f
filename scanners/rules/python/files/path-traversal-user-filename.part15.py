import asyncio
import os

import aiofiles
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import JSONResponse
from werkzeug.utils import secure_filename

SCAN_ROOT = "/srv/clinic/scans"
router = APIRouter()


# --- a store method that writes, with aiofiles, the path another of its methods joins -----------


class ScanStore:
    def __init__(self, root: str = SCAN_ROOT):
        self.root = root

    def target(self, patient_ref: str, original_name: str) -> str:
        folder = os.path.join(self.root, patient_ref)
        # ruleid: path-traversal-user-filename
        return os.path.join(folder, original_name)

    async def write(self, patient_ref: str, original_name: str, data: bytes) -> str:
        path = self.target(patient_ref, original_name)
        async with aiofiles.open(path, "wb") as out:
            await out.write(data)
        return path


class CleanScanStore:
    def __init__(self, root: str = SCAN_ROOT):
        self.root = root

    def target(self, patient_ref: str, original_name: str) -> str:
        folder = os.path.join(self.root, patient_ref)
        # ok: path-traversal-user-filename
        return os.path.join(folder, secure_filename(original_name))

    async def write(self, patient_ref: str, original_name: str, data: bytes) -> str:
        path = self.target(patient_ref, original_name)
        async with aiofiles.open(path, "wb") as out:
            await out.write(data)
        return path


async def upload_scan(request: Request) -> JSONResponse:
    form = await request.form()
    scan = form["scan"]
    stored = await ScanStore().write(request.path_params["patient"], scan.filename, await scan.read())
    await CleanScanStore().write(request.path_params["patient"], scan.filename, b"")
    return JSONResponse({"stored": os.path.basename(stored)}, status_code=201)


# --- a route parameter deleted in a worker thread, by a helper of the module or inline ----------


async def _discard(path: str) -> None:
    await asyncio.to_thread(os.remove, path)


async def _count(path: str) -> int:
    return await asyncio.to_thread(len, path)


@router.delete("/scans/{scan_name:path}")
async def delete_scan(scan_name: str):
    path = os.path.join(SCAN_ROOT, "archive", scan_name)
    # ruleid: path-traversal-user-filename
    await _discard(path)


@router.delete("/drafts/{draft_name}")
async def delete_draft(draft_name: str):
    # ruleid: path-traversal-user-filename
    await asyncio.to_thread(os.unlink, os.path.join(SCAN_ROOT, "drafts", draft_name))


@router.delete("/thumbs/{thumb_name}")
async def delete_thumb(thumb_name: str):
    path = os.path.join(SCAN_ROOT, "thumbs", os.path.basename(thumb_name))
    # ok: path-traversal-user-filename
    await _discard(path)


@router.get("/sizes/{scan_name}")
async def scan_name_length(scan_name: str):
    # ok: path-traversal-user-filename
    return {"length": await _count(os.path.join(SCAN_ROOT, scan_name))}
