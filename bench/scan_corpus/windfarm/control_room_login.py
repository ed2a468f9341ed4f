"""Sign-in endpoint for control-room operators of the SCADA web console."""

from __future__ import annotations

import logging
import os

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from fastapi import FastAPI, Form, HTTPException, Request
from sqlalchemy import create_engine, text

audit = logging.getLogger("console.audit")
hasher = PasswordHasher()
engine = create_engine(os.environ["CONSOLE_DB_URL"], pool_pre_ping=True)
app = FastAPI()


class OperatorStore:
    query = text("SELECT id, password_hash FROM operators WHERE username = :u AND enabled")

    def find(self, username: str) -> tuple[int, str] | None:
        with engine.connect() as conn:
            row = conn.execute(self.query, {"u": username}).first()
        return (row.id, row.password_hash) if row else None


store = OperatorStore()


def _attempt_context(request: Request, username: str) -> dict[str, str]:
    return {"user": username, "ip": request.client.host if request.client else "-",
            "agent": request.headers.get("user-agent", "-")}


@app.post("/console/login")
def login(request: Request, username: str = Form(...), password: str = Form(...)) -> dict:
    ctx = _attempt_context(request, username)
    record = store.find(username)
    try:
        if record is None:
            raise VerificationError("unknown operator")
        hasher.verify(record[1], password)
    except VerificationError:
        audit.warning("console login rejected %s", ctx)
        raise HTTPException(status_code=401, detail="invalid credentials")
    audit.info("console login accepted %s", ctx)
    request.state.operator_id = record[0]
    return {"operator_id": record[0]}
