"""Action-result endpoints of the build cache HTTP API.

An action result maps the digest of a build action to the digests of the
outputs it produced. Clients upload results after a successful build step.
"""
import logging
import re

import jsonpickle
from fastapi import APIRouter, Depends, HTTPException, Request, Response

from .auth import CachePrincipal, current_principal
from .storage import BlobStore, get_store

router = APIRouter(prefix="/ac")
log = logging.getLogger(__name__)

MAX_RESULT_BYTES = 4 * 1024 * 1024
_DIGEST = re.compile(r"[0-9a-f]{64}")


def _check_digest(digest: str) -> None:
    if not _DIGEST.fullmatch(digest):
        raise HTTPException(400, "digest must be a lowercase sha256 hex string")


def _decode_result(raw: bytes) -> dict:
    try:
        result = jsonpickle.decode(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise HTTPException(400, "unreadable action result") from exc
    if not isinstance(result, dict) or not isinstance(result.get("outputs"), list):
        raise HTTPException(400, "not an action result")
    return result


@router.put("/{digest}", status_code=204)
async def put_action_result(
    digest: str,
    request: Request,
    principal: CachePrincipal = Depends(current_principal),
    store: BlobStore = Depends(get_store),
):
    _check_digest(digest)
    if not principal.can_write:
        raise HTTPException(403, "token is read-only for this namespace")
    raw = await request.body()
    if len(raw) > MAX_RESULT_BYTES:
        raise HTTPException(413, "action result too large")
    result = _decode_result(raw)
    missing = [o["digest"] for o in result["outputs"] if not store.has_blob(o["digest"])]
    if missing:
        raise HTTPException(409, {"missing_blobs": missing})
    store.put_action(principal.namespace, digest, raw)
    log.info("stored action %s in %s (%d outputs)", digest, principal.namespace, len(result["outputs"]))
    return Response(status_code=204)


@router.get("/{digest}")
def get_action_result(
    digest: str,
    principal: CachePrincipal = Depends(current_principal),
    store: BlobStore = Depends(get_store),
):
    _check_digest(digest)
    raw = store.get_action(principal.namespace, digest)
    if raw is None:
        raise HTTPException(404)
    return Response(content=raw, media_type="application/json")
