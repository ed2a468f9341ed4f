"""Arithmetic tool for the planning agent.

Models struggle with multi-step arithmetic, so the agent is given a `calculate`
tool that evaluates an expression and returns the number.
"""
import math

from langchain_core.tools import tool

_ALLOWED_NAMES = {
    name: getattr(math, name)
    for name in ("sqrt", "log", "log10", "exp", "sin", "cos", "tan", "pi", "e", "ceil", "floor")
}
_ALLOWED_NAMES.update(abs=abs, round=round, min=min, max=max)


@tool
def calculate(expression: str) -> str:
    """Evaluate a math expression such as '(1200 * 0.075) + sqrt(16)'."""
    try:
        value = eval(expression, {"__builtins__": {}}, _ALLOWED_NAMES)
    except (SyntaxError, NameError, TypeError, ZeroDivisionError, ValueError) as exc:
        return f"error: {exc}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


TOOLS = [calculate]
