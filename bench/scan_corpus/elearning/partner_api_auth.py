"""API-key authentication for the partner catalogue API.

Keys look like ``pk_<8-char prefix><random>``; only the prefix and a
SHA-256 digest of the full key are stored.
"""
import hashlib
import hmac

from fastapi import Depends, Header, HTTPException, status

from lms.partners import Partner, PartnerStore, get_partner_store

KEY_PREFIX = "pk_"
LOOKUP_LEN = 8


def _unauthorised() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="invalid API key",
        headers={"WWW-Authenticate": "ApiKey"},
    )


def _digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()


async def require_partner(
    x_api_key: str | None = Header(default=None),
    store: PartnerStore = Depends(get_partner_store),
) -> Partner:
    if not x_api_key or not x_api_key.startswith(KEY_PREFIX):
        raise _unauthorised()
    lookup = x_api_key[len(KEY_PREFIX):len(KEY_PREFIX) + LOOKUP_LEN]
    partner = await store.by_key_lookup(lookup)
    if partner is None or partner.status != "active":
        raise _unauthorised()
    if not hmac.compare_digest(_digest(x_api_key), partner.key_sha256):
        raise _unauthorised()
    return partner
