"""HTTP API of the school portal."""
from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel, Field

from .accounts import AccountStore

app = FastAPI(title="{{ org_name }} school portal")
accounts = AccountStore()
grades = {}  # (class_id, student_id) -> {"grade": ..., "comment": ...}


class Credentials(BaseModel):
    username: str
    password: str


class GradeIn(BaseModel):
    grade: str = Field(pattern=r"^(A|B|C|D)[+-]?$|^F$")
    comment: str = ""


def current_account(request: Request):
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    account = accounts.for_token(token) if scheme.lower() == "bearer" else None
    if account is None:
        raise HTTPException(status_code=401, detail="not authenticated")
    request.state.account = account
    return account


def teacher(account=Depends(current_account)):
    if account.role != "teacher":
        raise HTTPException(status_code=403, detail="teachers only")
    return account


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/auth/token")
def issue_token(creds: Credentials):
    token = accounts.login(creds.username, creds.password)
    if token is None:
        raise HTTPException(status_code=401, detail="wrong username or password")
    return {"access_token": token, "token_type": "bearer"}


@app.get("/me")
def me(account=Depends(current_account)):
    return {"id": account.id, "username": account.username, "role": account.role}


@app.get("/classes/{class_id}/grades")
def class_grades(class_id: str, account=Depends(teacher)):
    return {student: g for (cls, student), g in grades.items() if cls == class_id}


@app.put("/classes/{class_id}/grades/{student_id}")
def set_grade(class_id: str, student_id: str, body: GradeIn, account=Depends(teacher)):
    grades[(class_id, student_id)] = {"grade": body.grade, "comment": body.comment, "by": account.id}
    return grades[(class_id, student_id)]
