"""JSON API behind the student portal and the embeddable course widgets."""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

from .sessions import SessionStore

SESSION_COOKIE = "portal_session"
# Course widgets are embedded on many departmental sites.
WIDGET_ORIGINS = ["*"]

app = FastAPI(title="Student Portal API", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=WIDGET_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "X-Requested-With"],
)

store = SessionStore(os.environ["PORTAL_REDIS_URL"])


async def current_student(request: Request) -> dict:
    sid = request.cookies.get(SESSION_COOKIE)
    student = await store.lookup(sid) if sid else None
    if student is None:
        raise HTTPException(status_code=401)
    return student


@app.get("/api/me")
async def me(student: dict = Depends(current_student)):
    return {"id": student["id"], "name": student["name"], "programme": student["programme"]}


@app.get("/api/me/deadlines")
async def deadlines(student: dict = Depends(current_student)):
    return await store.upcoming_deadlines(student["id"])


@app.put("/api/me/preferences")
async def update_preferences(prefs: dict, student: dict = Depends(current_student)):
    allowed = {k: v for k, v in prefs.items() if k in {"locale", "timezone", "email_digest"}}
    await store.save_preferences(student["id"], allowed)
    return allowed
