"""Member self-service signup and login for the club portal."""
import hashlib as hl
import hmac
import os
import secrets
import sqlite3
from contextlib import closing

from fastapi import FastAPI, HTTPException, status
from pydantic import BaseModel, EmailStr

DB_PATH = os.environ.get("CLUB_DB_PATH", "club.sqlite3")

app = FastAPI(title="Club membership")


class SignupRequest(BaseModel):
    email: EmailStr
    full_name: str
    password: str


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _password_digest(password: str, salt: str) -> str:
    return hl.sha256((salt + password).encode("utf-8")).hexdigest()


@app.post("/members", status_code=status.HTTP_201_CREATED)
def signup(req: SignupRequest) -> dict:
    if len(req.password) < 10:
        raise HTTPException(status_code=400, detail="Password too short")
    salt = secrets.token_hex(16)
    with closing(_connect()) as conn, conn:
        existing = conn.execute("SELECT id FROM members WHERE email = ?", (req.email,)).fetchone()
        if existing:
            raise HTTPException(status_code=409, detail="Email already registered")
        cur = conn.execute(
            "INSERT INTO members (email, full_name, password_salt, password_hash) VALUES (?, ?, ?, ?)",
            (req.email, req.full_name, salt, _password_digest(req.password, salt)),
        )
    return {"id": cur.lastrowid, "email": req.email}


@app.post("/login")
def login(req: LoginRequest) -> dict:
    with closing(_connect()) as conn:
        row = conn.execute(
            "SELECT id, password_salt, password_hash FROM members WHERE email = ?", (req.email,)
        ).fetchone()
    if row is None or not hmac.compare_digest(
        row["password_hash"], _password_digest(req.password, row["password_salt"])
    ):
        raise HTTPException(status_code=401, detail="Invalid e-mail or password")
    return {"member_id": row["id"]}
