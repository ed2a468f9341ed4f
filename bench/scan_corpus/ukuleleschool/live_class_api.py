"""API behind the live group-class widget that partner music shops embed on their sites."""
import os
from datetime import datetime, timezone
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import LiveClass, Seat, get_session
from .auth import session_student

app = FastAPI(title="live-classes")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https?://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-Requested-With"],
    max_age=600,
)


class ClassOut(BaseModel):
    id: int
    title: str
    level: str
    starts_at: datetime
    seats_left: int


@app.get("/live-classes", response_model=List[ClassOut])
def upcoming(db: Session = Depends(get_session)):
    now = datetime.now(timezone.utc)
    rows = db.execute(
        select(LiveClass).where(LiveClass.starts_at > now).order_by(LiveClass.starts_at).limit(20)
    ).scalars()
    return [
        ClassOut(id=c.id, title=c.title, level=c.level, starts_at=c.starts_at,
                 seats_left=c.capacity - len(c.seats))
        for c in rows
    ]


@app.post("/live-classes/{class_id}/seats")
def reserve_seat(class_id: int, request: Request, db: Session = Depends(get_session)):
    student = session_student(request, db)
    if student is None:
        raise HTTPException(status_code=401, detail="log in to reserve a seat")
    live_class = db.get(LiveClass, class_id)
    if live_class is None:
        raise HTTPException(status_code=404)
    if len(live_class.seats) >= live_class.capacity:
        raise HTTPException(status_code=409, detail="class is full")
    seat = Seat(class_id=class_id, student_id=student.id, join_url_token=os.urandom(16).hex())
    db.add(seat)
    db.commit()
    return {"seat_id": seat.id, "class": live_class.title}
