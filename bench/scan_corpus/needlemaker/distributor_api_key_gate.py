"""API key gate for the distributor order and certificate API.

Large distributors integrate their ERP with our order status and
certificate-of-conformance endpoints using per-distributor API keys.
"""
from functools import lru_cache
from typing import Dict, List

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader
from sqlalchemy import text

from needlemaker.db import engine

app = FastAPI(title="Needlemaker distributor API")
api_key_header = APIKeyHeader(name="X-Api-Key", auto_error=False)


@lru_cache(maxsize=1)
def _active_keys() -> Dict[str, List[str]]:
    keys: Dict[str, List[str]] = {}
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT distributor_code, api_key FROM distributor_api_keys WHERE revoked = false")
        )
        for code, key in rows:
            keys.setdefault(code, []).append(key)
    return keys


async def distributor_from_key(
    distributor: str, api_key: str = Security(api_key_header)
) -> str:
    allowed = _active_keys().get(distributor, [])
    if not api_key or api_key not in allowed:
        raise HTTPException(status_code=401, detail="Invalid API key")
    return distributor


@app.get("/v1/{distributor}/orders/{order_id}")
async def order_status(order_id: str, distributor: str = Depends(distributor_from_key)):
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT status, shipped_at, carrier_ref FROM orders "
                "WHERE id = :oid AND distributor_code = :code"
            ),
            {"oid": order_id, "code": distributor},
        ).first()
    if row is None:
        raise HTTPException(status_code=404)
    return {"order": order_id, "status": row.status, "shipped_at": row.shipped_at, "carrier_ref": row.carrier_ref}
