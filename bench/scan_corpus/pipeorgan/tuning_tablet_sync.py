"""Sync endpoint for tuners' tablets.

Tuners record each visit on a tablet app: pipes found off-speech, ciphers,
humidity, temperature at the console and notes for the office. At the end of
the day the app uploads the day's visit sessions, which are written into the
visit records.
"""
import pickle
from datetime import datetime

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from sqlalchemy.orm import Session

from organworks.db import get_session
from organworks.models import TuningVisit, VisitDefect
from organworks.tuners import current_tuner

app = FastAPI(title="Tablet sync")

MAX_UPLOAD_BYTES = 8 * 1024 * 1024


def read_sessions(blob: bytes) -> list[dict]:
    payload = pickle.loads(blob)
    if not isinstance(payload, dict) or "sessions" not in payload:
        raise ValueError("unexpected sync payload")
    return payload["sessions"]


def apply_session(db: Session, tuner_id: int, session: dict) -> None:
    visit = db.get(TuningVisit, session["visit_id"])
    if visit is None or visit.tuner_id != tuner_id:
        raise PermissionError(session["visit_id"])
    visit.completed_at = datetime.fromisoformat(session["completed_at"])
    visit.console_temp_c = session.get("console_temp_c")
    visit.humidity_pct = session.get("humidity_pct")
    visit.notes = session.get("notes", "")
    for d in session.get("defects", []):
        db.add(
            VisitDefect(
                visit_id=visit.id,
                division=d["division"],
                stop=d["stop"],
                note_name=d["note"],
                kind=d["kind"],
            )
        )


@app.post("/sync/sessions")
async def sync_sessions(
    upload: UploadFile = File(...),
    tuner=Depends(current_tuner),
    db: Session = Depends(get_session),
):
    blob = await upload.read()
    if len(blob) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, "sync file too large")
    try:
        sessions = read_sessions(blob)
    except Exception:
        raise HTTPException(400, "could not read sync file")
    for s in sessions:
        try:
            apply_session(db, tuner.id, s)
        except PermissionError:
            raise HTTPException(403, "visit belongs to another tuner")
    db.commit()
    return {"applied": len(sessions)}
