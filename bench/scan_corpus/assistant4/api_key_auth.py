"""API-key authentication for the internal metrics ingestion endpoint."""
import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException, status

INGEST_KEY_ENV = "METRICS_INGEST_KEY"


def _configured_key() -> bytes:
    return os.environ[INGEST_KEY_ENV].encode()


def require_ingest_key(x_api_key: str = Header(default="")) -> None:
    if not x_api_key or not secrets.compare_digest(x_api_key.encode(), _configured_key()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")


app = FastAPI()


@app.post("/ingest", status_code=status.HTTP_202_ACCEPTED, dependencies=[Depends(require_ingest_key)])
async def ingest(batch: list[dict]) -> dict:
    from metrics.queue import publish_batch

    await publish_batch(batch)
    return {"accepted": len(batch)}
