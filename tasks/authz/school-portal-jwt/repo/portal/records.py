# Copyright {{ year }} {{ org_name }}
"""Read-only access to student records (the SIS export, cached in memory)."""

from __future__ import annotations

_STUDENTS = {
    "s-1001": {"name": "Lena Vogel", "grade_level": 7, "homeroom": "7B"},
    "s-1002": {"name": "Kwame Mensah", "grade_level": 7, "homeroom": "7B"},
    "s-2040": {"name": "Priya Raman", "grade_level": 9, "homeroom": "9A"},
}
_GRADES = {
    "s-1001": [{"course": "Mathematics", "term": "T2", "mark": "A-"}, {"course": "Biology", "term": "T2", "mark": "B+"}],
    "s-1002": [{"course": "Mathematics", "term": "T2", "mark": "B"}],
    "s-2040": [{"course": "Chemistry", "term": "T2", "mark": "A"}],
}


def get_student(student_id: str) -> dict | None:
    return _STUDENTS.get(student_id)


def grades_for(student_id: str) -> list[dict]:
    return list(_GRADES.get(student_id, []))
