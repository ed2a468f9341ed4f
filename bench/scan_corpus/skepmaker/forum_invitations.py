"""Invitations that let existing members bring new beekeepers into the forum."""
import time
from dataclasses import dataclass, field

from fastapi import APIRouter, Depends, HTTPException

from skepmaker.auth import current_member
from skepmaker.forum.store import InvitationStore, get_store

router = APIRouter(prefix="/forum/invitations")

BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(value: int) -> str:
    out = []
    while value:
        value, rem = divmod(value, 36)
        out.append(BASE36[rem])
    return "".join(reversed(out)) or "0"


@dataclass
class Invitation:
    inviter_id: int
    email: str
    created_ns: int = field(default_factory=time.time_ns)

    @property
    def token(self) -> str:
        return f"{_base36(self.inviter_id)}-{_base36(self.created_ns)}"


@router.post("")
async def create_invitation(payload: dict, member=Depends(current_member),
                            store: InvitationStore = Depends(get_store)):
    if member.invites_remaining <= 0:
        raise HTTPException(status_code=403, detail="No invitations remaining")
    invitation = Invitation(inviter_id=member.id, email=payload["email"])
    await store.save(invitation.token, invitation)
    await store.decrement_invites(member.id)
    return {"invite_url": f"/forum/join/{invitation.token}"}


@router.post("/accept/{token}")
async def accept_invitation(token: str, payload: dict,
                            store: InvitationStore = Depends(get_store)):
    invitation = await store.load(token)
    if invitation is None:
        raise HTTPException(status_code=404, detail="Unknown invitation")
    account = await store.create_account(
        email=invitation.email,
        display_name=payload["display_name"],
        invited_by=invitation.inviter_id,
    )
    await store.delete(token)
    return {"account_id": account.id}
