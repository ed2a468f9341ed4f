"""Customer portal accounts.

Private customers log in to approve quotes, pick a fabric from their
swatch pack and see when their chair is booked onto a delivery round.
"""
import bcrypt
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr

from portal.deps import get_customer_repo, issue_session
from portal.repositories import CustomerRepository

BCRYPT_ROUNDS = 8

router = APIRouter(prefix="/portal/account", tags=["portal"])


class PortalPasswords:
    def __init__(self, rounds: int = BCRYPT_ROUNDS) -> None:
        self.rounds = rounds

    def make(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self.rounds))

    def check(self, password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)


passwords = PortalPasswords()


class SignUp(BaseModel):
    email: EmailStr
    full_name: str
    password: str
    job_reference: str


class Login(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=status.HTTP_201_CREATED)
async def sign_up(body: SignUp, repo: CustomerRepository = Depends(get_customer_repo)):
    job = await repo.job_by_reference(body.job_reference)
    if job is None or job.customer_email.lower() != body.email.lower():
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "Job reference not recognised")
    if len(body.password) < 10:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "Password too short")
    customer_id = await repo.create_customer(
        email=body.email.lower(),
        full_name=body.full_name,
        password_hash=passwords.make(body.password),
    )
    await repo.link_job(customer_id, job.id)
    return {"customer_id": customer_id}


@router.post("/login")
async def login(body: Login, repo: CustomerRepository = Depends(get_customer_repo)):
    customer = await repo.customer_by_email(body.email.lower())
    if customer is None or not passwords.check(body.password, customer.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid email or password")
    token = await issue_session(customer.id)
    return {"session": token}
