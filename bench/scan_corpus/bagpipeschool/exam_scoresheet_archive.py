"""Examiners' scoresheet archive.

After each exam session the examiners' marked scoresheets are scanned and
filed under ``<archive_root>/<session_code>/``.  Tutors can fetch the sheets
for their own pupils to go over the comments in the next lesson.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import current_tutor
from .db import get_session
from .models import ExamSession, ExamSitting


@dataclass(frozen=True)
class ArchiveSettings:
    archive_root: str
    media_type: str = "application/pdf"


@lru_cache(maxsize=1)
def archive_settings() -> ArchiveSettings:
    return ArchiveSettings(archive_root=os.environ["SCORESHEET_ARCHIVE_ROOT"])


router = APIRouter(prefix="/exams/scoresheets")


def _session_folder(cfg: ArchiveSettings, exam_session: ExamSession) -> str:
    return os.path.join(cfg.archive_root, exam_session.code)


@router.get("/{session_id}")
def fetch_scoresheet(
    session_id: int,
    sheet: str = Query(..., min_length=5, max_length=200),
    tutor=Depends(current_tutor),
    db: Session = Depends(get_session),
    cfg: ArchiveSettings = Depends(archive_settings),
):
    exam_session = db.get(ExamSession, session_id)
    if exam_session is None:
        raise HTTPException(status_code=404, detail="unknown exam session")
    teaches = db.scalar(
        select(ExamSitting.id).where(
            ExamSitting.session_id == session_id,
            ExamSitting.tutor_id == tutor.id,
        ).limit(1)
    )
    if teaches is None:
        raise HTTPException(status_code=403, detail="no pupils of yours sat this session")

    path = os.path.join(_session_folder(cfg, exam_session), sheet)
    if not os.path.exists(path):
        raise HTTPException(status_code=404, detail="scoresheet not found")
    return FileResponse(path, media_type=cfg.media_type, filename=os.path.basename(path))
