"""API-key authentication for the fixtures feed used by the club's screens.

The clubhouse TV screens and the scoreboard controller poll the feed with
an ``X-Api-Key`` header. Only SHA-256 digests of issued keys are stored.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Dict

from fastapi import Depends, FastAPI, Header, HTTPException, Request, status

app = FastAPI()


@dataclass(frozen=True)
class FeedClient:
    name: str
    key_digest: str
    scopes: frozenset


class FeedClientRegistry:
    def __init__(self, clients: Dict[str, FeedClient]) -> None:
        self._clients = clients

    def resolve(self, client_name: str, api_key: str) -> FeedClient | None:
        client = self._clients.get(client_name)
        if client is None:
            return None
        presented = hashlib.sha256(api_key.encode("utf-8")).hexdigest()
        if secrets.compare_digest(presented, client.key_digest):
            return client
        return None


def get_registry(request: Request) -> FeedClientRegistry:
    return request.app.state.feed_clients


def require_feed_client(
    x_client: str = Header(...),
    x_api_key: str = Header(...),
    registry: FeedClientRegistry = Depends(get_registry),
) -> FeedClient:
    client = registry.resolve(x_client, x_api_key)
    if client is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid api key")
    return client


@app.get("/feed/fixtures")
def fixtures_feed(request: Request, client: FeedClient = Depends(require_feed_client)):
    if "fixtures:read" not in client.scopes:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="scope missing")
    return {"fixtures": request.app.state.fixtures.upcoming(limit=10)}
