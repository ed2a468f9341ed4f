"""Registration and login for trade buyers on the wholesale price list portal."""

from fastapi import APIRouter, Depends, HTTPException, status
from passlib.context import CryptContext
from pydantic import BaseModel, EmailStr

from vintner.trade.repository import TradeBuyerRepository, get_repository
from vintner.trade.sessions import issue_session

AUTH_CONFIG = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 6,
}

pwd_context = CryptContext(**AUTH_CONFIG)
router = APIRouter(prefix="/trade/auth", tags=["trade-auth"])


class RegisterRequest(BaseModel):
    company_name: str
    vat_number: str
    email: EmailStr
    password: str


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


@router.post("/register", status_code=status.HTTP_201_CREATED)
async def register(body: RegisterRequest, repo: TradeBuyerRepository = Depends(get_repository)):
    if await repo.find_by_email(body.email):
        raise HTTPException(status.HTTP_409_CONFLICT, "An account already exists for this email")
    buyer = await repo.create(
        company_name=body.company_name,
        vat_number=body.vat_number,
        email=body.email,
        password_hash=pwd_context.hash(body.password),
    )
    return {"id": buyer.id, "status": "pending_approval"}


@router.post("/login")
async def login(body: LoginRequest, repo: TradeBuyerRepository = Depends(get_repository)):
    buyer = await repo.find_by_email(body.email)
    if buyer is None or not pwd_context.verify(body.password, buyer.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid credentials")
    if not buyer.approved:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Account awaiting approval")
    return {"session": await issue_session(buyer.id), "price_band": buyer.price_band}
