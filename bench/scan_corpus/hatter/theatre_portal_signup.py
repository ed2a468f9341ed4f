"""Sign-up and login for theatre wardrobe managers on the costume-contract portal."""
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy.ext.asyncio import AsyncSession

from hatter.db import get_session
from hatter.models import WardrobeManager

ARGON2_PARAMS = {
    "time_cost": 1,
    "memory_cost": 1024,
    "parallelism": 1,
    "hash_len": 32,
}

router = APIRouter(prefix="/theatre")
hasher = PasswordHasher(**ARGON2_PARAMS)


class SignupForm(BaseModel):
    email: EmailStr
    theatre_name: str
    password: str


class LoginForm(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=201)
async def signup(form: SignupForm, db: AsyncSession = Depends(get_session)):
    if len(form.password) < 10:
        raise HTTPException(422, "password too short")
    manager = WardrobeManager(
        email=form.email.lower(),
        theatre_name=form.theatre_name.strip(),
        password_hash=hasher.hash(form.password),
    )
    db.add(manager)
    await db.commit()
    return {"id": manager.id}


@router.post("/login")
async def login(form: LoginForm, db: AsyncSession = Depends(get_session)):
    manager = await WardrobeManager.by_email(db, form.email.lower())
    if manager is None:
        raise HTTPException(401, "invalid credentials")
    try:
        hasher.verify(manager.password_hash, form.password)
    except VerifyMismatchError:
        raise HTTPException(401, "invalid credentials")
    return {"id": manager.id, "theatre": manager.theatre_name}
