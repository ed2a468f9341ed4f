"""Lets designers delete superseded proof images attached to an order."""

import asyncio
import logging
import os

from fastapi import APIRouter, Depends, HTTPException, status

from stonecarver.auth import current_designer
from stonecarver.settings import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/orders/{order_number}/proofs")


def _proof_dir(order_number: str) -> str:
    if not order_number.isdigit():
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return os.path.join(settings.PROOF_IMAGE_ROOT, order_number)


async def _remove(path: str) -> None:
    await asyncio.to_thread(os.remove, path)


@router.get("")
async def list_proofs(order_number: str, designer=Depends(current_designer)):
    directory = _proof_dir(order_number)
    names = await asyncio.to_thread(os.listdir, directory) if os.path.isdir(directory) else []
    return {"order": order_number, "proofs": sorted(names)}


@router.delete("/{image_name:path}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_proof(order_number: str, image_name: str, designer=Depends(current_designer)):
    path = os.path.join(_proof_dir(order_number), image_name)
    if not os.path.exists(path):
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    await _remove(path)
    log.info("designer %s removed proof %s from order %s", designer.id, image_name, order_number)
