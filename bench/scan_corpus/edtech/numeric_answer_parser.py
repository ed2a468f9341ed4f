"""Evaluate numeric-answer expressions typed by students, e.g. ``3/4 + sqrt(2)``.

Only arithmetic, a few math functions and the question's named constants
are accepted; anything else is reported back as an invalid answer.
"""
import ast
import math
import operator

MAX_LENGTH = 200
MAX_EXPONENT = 64

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY = {ast.UAdd: operator.pos, ast.USub: operator.neg}
_FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "tan": math.tan, "ln": math.log, "log10": math.log10}
_CONSTS = {"pi": math.pi, "e": math.e}


class InvalidAnswer(ValueError):
    pass


def _eval(node: ast.AST, names: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, names))
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right = _eval(node.left, names), _eval(node.right, names)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXPONENT:
            raise InvalidAnswer("exponent too large")
        return _BINOPS[type(node.op)](left, right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and len(node.args) == 1 and not node.keywords:
        return _FUNCS[node.func.id](_eval(node.args[0], names))
    raise InvalidAnswer("unsupported expression")


def evaluate_answer(text: str, constants: dict[str, float] | None = None) -> float:
    text = text.strip().replace("^", "**")
    if not text or len(text) > MAX_LENGTH:
        raise InvalidAnswer("answer is empty or too long")
    try:
        tree = ast.parse(text, mode="eval")
        value = _eval(tree, {**_CONSTS, **(constants or {})})
    except (SyntaxError, ArithmeticError, ValueError, TypeError) as exc:
        raise InvalidAnswer(str(exc)) from exc
    if isinstance(value, complex) or math.isnan(value):
        raise InvalidAnswer("answer is not a real number")
    return value
