"""Password reset by emailed code for the customer portal."""
import random
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException
from pydantic import BaseModel, EmailStr

from .deps import get_mailer, get_repo

router = APIRouter(prefix="/account/reset", tags=["account"])

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class ResetCodeGenerator:
    def __init__(self, digits: int = 6):
        self.digits = digits
        self._rng = random.Random()

    def generate(self) -> str:
        return str(self._rng.randrange(10 ** self.digits)).zfill(self.digits)


codes = ResetCodeGenerator()


class ResetRequest(BaseModel):
    email: EmailStr


class ResetConfirm(BaseModel):
    email: EmailStr
    code: str
    new_password: str


@router.post("/request", status_code=202)
async def request_reset(
    body: ResetRequest,
    tasks: BackgroundTasks,
    repo=Depends(get_repo),
    mailer=Depends(get_mailer),
):
    account = await repo.find_account(body.email)
    if account is not None:
        code = codes.generate()
        expires = datetime.now(timezone.utc) + CODE_TTL
        await repo.store_reset_code(account.id, code, expires, max_attempts=MAX_ATTEMPTS)
        tasks.add_task(mailer.send_reset_code, account.email, code)
    return {"detail": "If the address is registered, a code has been sent."}


@router.post("/confirm")
async def confirm_reset(body: ResetConfirm, repo=Depends(get_repo)):
    if len(body.new_password) < 10:
        raise HTTPException(status_code=422, detail="password too short")
    account = await repo.find_account(body.email)
    if account is None or not await repo.consume_reset_code(account.id, body.code):
        raise HTTPException(status_code=400, detail="invalid or expired code")
    await repo.set_password(account.id, body.new_password)
    return {"detail": "password updated"}
