"""Serves PDF handouts (safety sheets, colour charts) to students enrolled on a course."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.responses import FileResponse

from hotshop.auth import current_student
from hotshop.config import settings
from hotshop.courses import enrolled_course_slugs
from hotshop.models import Student

router = APIRouter(prefix="/handouts", tags=["courses"])


class HandoutLibrary:
    def __init__(self, root: str):
        self.root = Path(root).resolve()

    def resolve(self, course_slug: str, name: str) -> Path | None:
        course_dir = (self.root / course_slug).resolve()
        candidate = (course_dir / name).resolve()
        if not candidate.is_relative_to(course_dir) or not course_dir.is_relative_to(self.root):
            return None
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            return None
        return candidate

    def titles(self, course_slug: str) -> list[str]:
        course_dir = self.root / course_slug
        return sorted(p.name for p in course_dir.glob("*.pdf"))


library = HandoutLibrary(settings.HANDOUT_ROOT)


@router.get("/{course_slug}")
async def list_handouts(course_slug: str, student: Student = Depends(current_student)):
    if course_slug not in await enrolled_course_slugs(student):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not enrolled on this course")
    return {"course": course_slug, "handouts": library.titles(course_slug)}


@router.get("/{course_slug}/{name}")
async def download_handout(
    course_slug: str, name: str, student: Student = Depends(current_student)
):
    if course_slug not in await enrolled_course_slugs(student):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not enrolled on this course")
    path = library.resolve(course_slug, name)
    if path is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "handout not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
