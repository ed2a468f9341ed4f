"""Invite codes that let archers join their club's account on the portal.

The club secretary generates a batch of codes at the start of the season and
hands them out at the range; each code can be redeemed once.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from .deps import current_archer, current_club_admin, get_db

router = APIRouter(prefix="/clubs/{club_id}/invites", tags=["club invites"])

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 10
VALID_FOR = timedelta(days=120)


class InviteBatchRequest(BaseModel):
    count: int = Field(ge=1, le=200)
    note: str = ""


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def _format(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


@router.post("")
def create_invites(club_id: int, body: InviteBatchRequest, admin=Depends(current_club_admin), db=Depends(get_db)):
    if admin.club_id != club_id:
        raise HTTPException(status_code=403)
    expires = datetime.now(timezone.utc) + VALID_FOR
    codes = [_format(_new_code()) for _ in range(body.count)]
    db.executemany(
        "INSERT INTO club_invites (club_id, code, expires_at, note, created_by) VALUES (?, ?, ?, ?, ?)",
        [(club_id, c, expires, body.note, admin.id) for c in codes],
    )
    db.commit()
    return {"club_id": club_id, "expires_at": expires.isoformat(), "codes": codes}


@router.post("/redeem")
def redeem_invite(club_id: int, code: str, archer=Depends(current_archer), db=Depends(get_db)):
    cur = db.execute(
        "UPDATE club_invites SET redeemed_by = ?, redeemed_at = ? "
        "WHERE club_id = ? AND code = ? AND redeemed_by IS NULL AND expires_at > ?",
        (archer.id, datetime.now(timezone.utc), club_id, code.strip().upper(), datetime.now(timezone.utc)),
    )
    if cur.rowcount != 1:
        raise HTTPException(status_code=404, detail="invite code not found or already used")
    db.execute("INSERT INTO club_memberships (club_id, archer_id) VALUES (?, ?)", (club_id, archer.id))
    db.commit()
    return {"club_id": club_id, "joined": True}
