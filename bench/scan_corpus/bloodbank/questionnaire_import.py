"""Import the health questionnaire definition exported from the old system.

The legacy export stores answer ranges and option lists as Python literal
strings, e.g. ``"(50, 160)"`` or ``"['yes', 'no', 'unsure']"``.
"""
import ast
import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Question:
    code: str
    text: str
    kind: str
    constraint: Any
    deferral_days: int


def _parse_constraint(raw: str) -> Any:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise ValueError(f"invalid constraint literal {raw!r}") from exc


def load_questions(path: Path) -> list[Question]:
    questions = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            questions.append(Question(
                code=row["code"],
                text=row["text"],
                kind=row["kind"],
                constraint=_parse_constraint(row.get("constraint", "")),
                deferral_days=int(row.get("deferral_days") or 0),
            ))
    return questions


def validate(questions: list[Question]) -> list[str]:
    problems = []
    seen = set()
    for q in questions:
        if q.code in seen:
            problems.append(f"duplicate code {q.code}")
        seen.add(q.code)
        if q.kind == "range" and not (isinstance(q.constraint, tuple) and len(q.constraint) == 2):
            problems.append(f"{q.code}: range needs (low, high)")
    return problems
