"""Ski school instructor portal API.

Instructors sign in through the resort identity provider; the SPA passes
the ID token along and the portal uses its claims to show the day's
lessons and let instructors confirm attendance.
"""
from datetime import date

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from skischool.repository import LessonRepository, get_repository

app = FastAPI(title="Instructor portal")


class LessonOut(BaseModel):
    lesson_id: int
    start: str
    meeting_point: str
    level: str
    participants: int


class AttendanceIn(BaseModel):
    present: list[int]


def current_instructor(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    if "instructor" not in claims.get("roles", []):
        raise HTTPException(status_code=403, detail="not an instructor")
    return claims


@app.get("/me/lessons", response_model=list[LessonOut])
def my_lessons(
    day: date | None = None,
    claims: dict = Depends(current_instructor),
    repo: LessonRepository = Depends(get_repository),
):
    return repo.lessons_for(instructor_id=claims["sub"], day=day or date.today())


@app.post("/lessons/{lesson_id}/attendance", status_code=204)
def confirm_attendance(
    lesson_id: int,
    body: AttendanceIn,
    claims: dict = Depends(current_instructor),
    repo: LessonRepository = Depends(get_repository),
):
    lesson = repo.get(lesson_id)
    if lesson is None or lesson.instructor_id != claims["sub"]:
        raise HTTPException(status_code=404, detail="lesson not found")
    repo.record_attendance(lesson_id, body.present)
