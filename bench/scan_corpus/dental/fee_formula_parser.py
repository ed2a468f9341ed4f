"""Evaluates the simple arithmetic used in insurer fee adjustment formulas.

Supported: numbers, the variables ``base`` and ``teeth``, + - * /, unary
minus, parentheses and min()/max().
"""
import ast
import operator
from dataclasses import dataclass, field

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"min": min, "max": max}
MAX_FORMULA_LENGTH = 200


class FormulaError(ValueError):
    pass


@dataclass
class FeeFormula:
    source: str
    _tree: ast.Expression | None = field(default=None, init=False, repr=False)

    def __post_init__(self):
        if len(self.source) > MAX_FORMULA_LENGTH:
            raise FormulaError("formula too long")
        try:
            self._tree = ast.parse(self.source, mode="eval")
        except SyntaxError as exc:
            raise FormulaError(str(exc)) from exc

    def evaluate(self, **variables: float) -> float:
        return self._eval(self._tree.body, variables)

    def _eval(self, node: ast.AST, variables: dict) -> float:
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return node.value
        if isinstance(node, ast.Name) and node.id in variables:
            return variables[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
            left = self._eval(node.left, variables)
            right = self._eval(node.right, variables)
            return _BIN_OPS[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -self._eval(node.operand, variables)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS
            and node.args
            and not node.keywords
        ):
            return _FUNCS[node.func.id](*(self._eval(arg, variables) for arg in node.args))
        raise FormulaError(f"unsupported expression: {type(node).__name__}")
