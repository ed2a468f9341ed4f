"""Client-credentials token cache for partner merchant APIs.

Tokens are cached in Redis until shortly before expiry so the accrual
workers don't hit each partner's token endpoint on every call.
"""
import hashlib
import logging
import os

import redis
import requests

log = logging.getLogger(__name__)

_redis = redis.Redis.from_url(os.environ["REDIS_URL"])
EXPIRY_MARGIN_S = 60


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


def get_token(partner_code: str, token_url: str, client_id: str, client_secret: str) -> str:
    cache_key = f"partner-token:{partner_code}"
    cached = _redis.get(cache_key)
    if cached:
        return cached.decode()

    resp = requests.post(
        token_url,
        data={"grant_type": "client_credentials"},
        auth=(client_id, client_secret),
        timeout=10,
    )
    resp.raise_for_status()
    payload = resp.json()
    token = payload["access_token"]
    ttl = max(int(payload.get("expires_in", 300)) - EXPIRY_MARGIN_S, 30)
    _redis.set(cache_key, token, ex=ttl)
    log.info(
        "new access token for partner=%s client_id=%s fp=%s ttl=%ss",
        partner_code, client_id, _fingerprint(token), ttl,
    )
    return token
