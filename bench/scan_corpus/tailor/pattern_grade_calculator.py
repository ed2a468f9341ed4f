"""Arithmetic evaluator for pattern-drafting formulas.

House formulas such as ``chest / 8 + 5.5`` or ``max(seat / 4, waist / 4 + 2)``
are stored against each garment block and applied to a measurement sheet.
Formulas are parsed into an AST and only arithmetic is interpreted.
"""
import ast
import math
import operator as op

_BIN_OPS = {
    ast.Add: op.add,
    ast.Sub: op.sub,
    ast.Mult: op.mul,
    ast.Div: op.truediv,
    ast.Pow: op.pow,
}
_UNARY_OPS = {ast.USub: op.neg, ast.UAdd: op.pos}
_FUNCS = {"sqrt": math.sqrt, "ceil": math.ceil, "floor": math.floor, "min": min, "max": max}
MAX_FORMULA_LENGTH = 200


class FormulaError(ValueError):
    pass


class FormulaEvaluator:
    def __init__(self, sheet: dict[str, float]):
        self.sheet = sheet

    def evaluate(self, source: str) -> float:
        if len(source) > MAX_FORMULA_LENGTH:
            raise FormulaError("formula too long")
        try:
            tree = ast.parse(source, mode="eval")
        except SyntaxError as exc:
            raise FormulaError(f"syntax error at column {exc.offset}") from exc
        return float(self._visit(tree.body))

    def _visit(self, node: ast.AST):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in self.sheet:
                raise FormulaError(f"unknown measurement: {node.id}")
            return self.sheet[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
            right = self._visit(node.right)
            if isinstance(node.op, ast.Pow) and abs(right) > 4:
                raise FormulaError("exponent too large")
            return _BIN_OPS[type(node.op)](self._visit(node.left), right)
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
            return _UNARY_OPS[type(node.op)](self._visit(node.operand))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS
            and not node.keywords
        ):
            return _FUNCS[node.func.id](*(self._visit(a) for a in node.args))
        raise FormulaError(f"unsupported expression: {type(node).__name__}")


def apply_block(formulas: dict[str, str], sheet: dict[str, float]) -> dict[str, float]:
    """Evaluate every formula of a garment block against one measurement sheet."""
    evaluator = FormulaEvaluator(sheet)
    return {name: round(evaluator.evaluate(src), 1) for name, src in formulas.items()}
