"""Teacher dashboard: sortable history of a student's completed lessons."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import List

SORTABLE_COLUMNS = {
    "date": "l.starts_at",
    "teacher": "t.display_name",
    "topic": "l.topic",
    "rating": "f.rating",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class LessonRow:
    lesson_id: int
    starts_at: str
    teacher: str
    topic: str
    rating: int


class LessonHistory:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def for_student(self, student_id: int, sort: str = "date", direction: str = "desc",
                    limit: int = 50) -> List[LessonRow]:
        column = SORTABLE_COLUMNS.get(sort, SORTABLE_COLUMNS["date"])
        order = DIRECTIONS.get(direction.lower(), "DESC")
        sql = (
            "SELECT l.id, l.starts_at, t.display_name AS teacher, l.topic, "
            "COALESCE(f.rating, 0) AS rating "
            "FROM lessons l JOIN teachers t ON t.id = l.teacher_id "
            "LEFT JOIN feedback f ON f.lesson_id = l.id "
            "WHERE l.student_id = ? AND l.completed = 1 "
            f"ORDER BY {column} {order} LIMIT ?"
        )
        with closing(self._connect()) as conn:
            rows = conn.execute(sql, (student_id, max(1, min(limit, 200)))).fetchall()
        return [
            LessonRow(r["id"], r["starts_at"], r["teacher"], r["topic"], r["rating"]) for r in rows
        ]

    def topics_covered(self, student_id: int) -> List[str]:
        with closing(self._connect()) as conn:
            rows = conn.execute(
                "SELECT DISTINCT topic FROM lessons WHERE student_id = ? AND completed = 1",
                (student_id,),
            ).fetchall()
        return sorted(r[0] for r in rows)
