"""Scoring for numeric-response quiz questions.

Learners may type integers, decimals, or simple fractions such as "3/4".
"""
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class NumericQuestion:
    id: int
    correct: float
    tolerance: float = 0.0
    points: int = 1


def parse_answer(raw: str) -> float | None:
    text = raw.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = eval(text, {"__builtins__": {}}, {})
    except Exception:
        return None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def score(question: NumericQuestion, raw: str) -> int:
    value = parse_answer(raw)
    if value is None:
        return 0
    return question.points if abs(value - question.correct) <= question.tolerance else 0


def score_attempt(questions: list[NumericQuestion], answers: dict[int, str]) -> dict:
    earned = sum(score(q, answers.get(q.id, "")) for q in questions)
    possible = sum(q.points for q in questions)
    return {
        "earned": earned,
        "possible": possible,
        "percent": round(100 * earned / possible, 1) if possible else 0.0,
    }
