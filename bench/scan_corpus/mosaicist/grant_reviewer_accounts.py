"""Accounts for external grant panel reviewers.

Reviewers score the studio's community mosaic proposals and read the
progress reports that we file for each funded project.
"""
import bcrypt
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr, Field

from studio.deps import get_db
from studio.settings import settings

router = APIRouter(prefix="/reviewers")

BCRYPT_COST = max(settings.reviewer_bcrypt_cost, 12)


class ReviewerIn(BaseModel):
    email: EmailStr
    name: str
    password: str = Field(min_length=12)


class LoginIn(BaseModel):
    email: EmailStr
    password: str


def hash_secret(raw: str) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_COST))


def secret_matches(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@router.post("", status_code=201)
def create_reviewer(body: ReviewerIn, db=Depends(get_db)):
    if db.reviewers.find_one({"email": body.email}):
        raise HTTPException(409, "reviewer exists")
    result = db.reviewers.insert_one(
        {"email": body.email, "name": body.name, "password": hash_secret(body.password)}
    )
    return {"id": str(result.inserted_id)}


@router.post("/login")
def login(body: LoginIn, db=Depends(get_db)):
    doc = db.reviewers.find_one({"email": body.email})
    if not doc or not secret_matches(body.password, doc["password"]):
        raise HTTPException(401, "invalid credentials")
    return {"id": str(doc["_id"]), "name": doc["name"]}
