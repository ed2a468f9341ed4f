"""Weighted final-grade calculation for the course gradebook.

Instructors enter a formula on the course settings page, for example
``0.3*hw + 0.2*midterm + 0.5*max(final, midterm)``, which is stored on the
course and applied to every enrolled student when grades are finalised.
"""
import math
from decimal import ROUND_HALF_UP, Decimal

ALLOWED_FUNCS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt}

LETTER_CUTOFFS = [
    (93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"),
    (77, "C+"), (73, "C"), (70, "C-"), (60, "D"), (0, "F"),
]


def compute_score(formula: str, components: dict[str, float]) -> float:
    namespace = dict(ALLOWED_FUNCS)
    namespace.update(components)
    return float(eval(formula, {"__builtins__": {}}, namespace))


def letter_for(score: float) -> str:
    rounded = Decimal(str(score)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    for cutoff, letter in LETTER_CUTOFFS:
        if rounded >= cutoff:
            return letter
    return "F"


def finalize_course(course, enrollments) -> list[tuple[str, float, str]]:
    results = []
    for enr in enrollments:
        components = {c.key: c.percent for c in enr.component_scores}
        score = compute_score(course.grade_formula, components)
        results.append((enr.student_id, score, letter_for(score)))
    return results
