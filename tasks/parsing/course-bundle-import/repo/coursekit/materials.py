"""Where a course's files live and what is there."""

import re
from pathlib import Path

COURSE_CODE = re.compile(r"^[A-Z]{2,5}-\d{3}[A-Z]?$")


class UnknownCourse(ValueError):
    """Not a course code the timetable system would issue."""


def course_dir(materials_root: str | Path, course_code: str) -> Path:
    if not COURSE_CODE.match(course_code):
        raise UnknownCourse(course_code)
    return Path(materials_root) / course_code


def list_materials(materials_root: str | Path, course_code: str) -> list[str]:
    folder = course_dir(materials_root, course_code)
    if not folder.is_dir():
        return []
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
