"""API-key check for the usage metering ingestion endpoint."""
import hashlib
import hmac

from fastapi import Header, HTTPException

from billing.repositories import api_keys


def _hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


async def require_ingest_key(x_api_key: str = Header(...)) -> str:
    prefix, _, _ = x_api_key.partition("_")
    record = await api_keys.find_by_prefix(prefix)
    if record is None or record.revoked:
        raise HTTPException(status_code=401, detail="unknown key")
    if not hmac.compare_digest(_hash_key(x_api_key), record.key_hash):
        raise HTTPException(status_code=401, detail="unknown key")
    return record.account_id
