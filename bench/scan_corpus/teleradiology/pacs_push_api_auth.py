"""Authentication for PACS nodes that push study notifications over HTTPS.

Nodes send ``Authorization: Bearer trk_<key>``.  Only the SHA-256 of each key
is stored; the first eight characters after the prefix identify the row.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status

from .settings import get_settings


@dataclass(frozen=True)
class PacsNode:
    id: int
    ae_title: str
    site_code: str


def _lookup(prefix: str) -> tuple[PacsNode, str] | None:
    with psycopg.connect(get_settings().router_dsn) as conn:
        row = conn.execute(
            "SELECT n.id, n.ae_title, n.site_code, k.key_sha256 FROM pacs_api_keys k "
            "JOIN pacs_nodes n ON n.id = k.node_id "
            "WHERE k.prefix = %s AND k.revoked_at IS NULL AND n.enabled",
            (prefix,),
        ).fetchone()
    if row is None:
        return None
    return PacsNode(id=row[0], ae_title=row[1], site_code=row[2]), row[3]


def authenticated_node(authorization: str = Header(...)) -> PacsNode:
    scheme, _, presented = authorization.partition(" ")
    if scheme.lower() != "bearer" or not presented.startswith("trk_") or len(presented) < 20:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="missing API key")
    found = _lookup(presented[4:12])
    presented_digest = hashlib.sha256(presented.encode("ascii")).hexdigest()
    if found is None or not secrets.compare_digest(presented_digest, found[1]):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return found[0]


app = FastAPI()


@app.post("/v1/studies/notify")
def notify_study(payload: dict, node: PacsNode = Depends(authenticated_node)):
    from .routing import enqueue_study_notice

    accession = str(payload.get("accession", ""))
    if not accession:
        raise HTTPException(status_code=422, detail="accession is required")
    ticket = enqueue_study_notice(node_id=node.id, site_code=node.site_code, accession=accession)
    return {"queued": True, "ticket": ticket}
