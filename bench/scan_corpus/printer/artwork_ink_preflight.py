"""Ink coverage preflight for uploaded artwork.

Before an upload is passed to prepress we run Ghostscript's inkcov device over
the pages the customer chose to print and flag pages over the ink limit.
"""
import asyncio

from fastapi import APIRouter, HTTPException, Query

from printshop.config import settings
from printshop.uploads import get_upload

router = APIRouter(prefix="/preflight")

GS_BINARY = settings.GHOSTSCRIPT_BINARY
INK_LIMIT = settings.MAX_INK_COVERAGE


def _inkcov_command(pdf_path: str, page_list: str) -> str:
    return f"{GS_BINARY} -q -o - -sDEVICE=inkcov -sPageList={page_list} {pdf_path}"


def _parse(output: str) -> list[dict]:
    pages = []
    for number, line in enumerate(output.strip().splitlines(), start=1):
        parts = line.split()
        c, m, y, k = (float(v) for v in parts[:4])
        pages.append({"page": number, "c": c, "m": m, "y": y, "k": k, "total": c + m + y + k})
    return pages


async def ink_coverage(pdf_path: str, page_list: str) -> list[dict]:
    proc = await asyncio.create_subprocess_shell(
        _inkcov_command(pdf_path, page_list),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode(errors="replace"))
    return _parse(out.decode())


@router.get("/{upload_id}/ink")
async def preflight_ink(upload_id: int, pages: str = Query("1-")):
    upload = await get_upload(upload_id)
    if upload is None:
        raise HTTPException(status_code=404)
    coverage = await ink_coverage(str(upload.stored_path), pages)
    over = [p["page"] for p in coverage if p["total"] > INK_LIMIT]
    return {"pages": coverage, "over_limit": over}
