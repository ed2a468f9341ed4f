"""Grades symbolic "enter a formula" quiz questions by numeric sampling.

The instructor supplies a reference expression and variable ranges; the
student's expression is evaluated at the same random points and compared
within a relative tolerance.
"""
import math
from dataclasses import dataclass
from random import SystemRandom

_MATH = {name: getattr(math, name) for name in ("sin", "cos", "tan", "sqrt", "log", "exp", "pi", "e")}
DEFAULT_SAMPLES = 8


@dataclass
class FormulaQuestion:
    reference: str
    variables: dict[str, tuple[float, float]]
    rel_tol: float = 1e-6
    points: float = 1.0


def _evaluate(expr: str, values: dict[str, float]) -> float:
    scope = dict(_MATH, **values)
    return float(eval(expr.replace("^", "**"), {"__builtins__": {}}, scope))


def _sample_points(question: FormulaQuestion, n: int) -> list[dict[str, float]]:
    rng = SystemRandom()
    return [
        {var: rng.uniform(lo, hi) for var, (lo, hi) in question.variables.items()}
        for _ in range(n)
    ]


def grade(question: FormulaQuestion, answer: str, samples: int = DEFAULT_SAMPLES) -> float:
    for point in _sample_points(question, samples):
        try:
            expected = _evaluate(question.reference, point)
            actual = _evaluate(answer, point)
        except (ArithmeticError, ValueError, NameError, SyntaxError, TypeError):
            return 0.0
        if not math.isclose(expected, actual, rel_tol=question.rel_tol, abs_tol=1e-9):
            return 0.0
    return question.points
