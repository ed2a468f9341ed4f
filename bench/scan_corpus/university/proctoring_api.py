"""REST API used by the proctoring desktop client during an exam sitting."""
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException, status
from jose import jwt
from pydantic import BaseModel

from .store import SittingStore

app = FastAPI(title="Exam proctoring API")
store = SittingStore()


class Principal(BaseModel):
    subject: str
    roles: list[str]
    exam_id: str | None = None


def current_principal(authorization: str = Header(...)) -> Principal:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    claims = jwt.get_unverified_claims(token)
    if claims.get("exp", 0) < datetime.now(timezone.utc).timestamp():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return Principal(
        subject=claims["sub"],
        roles=claims.get("roles", []),
        exam_id=claims.get("exam_id"),
    )


class Flag(BaseModel):
    sitting_id: str
    reason: str
    at: datetime


@app.get("/sittings/{sitting_id}")
def get_sitting(sitting_id: str, who: Principal = Depends(current_principal)):
    sitting = store.get(sitting_id)
    if sitting is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    if "proctor" not in who.roles and sitting.student_id != who.subject:
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    return sitting


@app.post("/flags", status_code=201)
def raise_flag(flag: Flag, who: Principal = Depends(current_principal)):
    if "proctor" not in who.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only proctors may flag")
    store.add_flag(flag.sitting_id, flag.reason, flag.at, raised_by=who.subject)
    return {"ok": True}
