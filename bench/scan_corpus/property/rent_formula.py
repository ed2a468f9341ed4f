"""Evaluates the arithmetic formulas managers configure for rent proration and late fees."""
import ast
import operator

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
MAX_FORMULA_LENGTH = 200


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in variables:
            raise FormulaError(f"unknown variable {node.id!r}")
        return float(variables[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, variables))
    raise FormulaError(f"unsupported expression: {type(node).__name__}")


def evaluate(formula: str, variables: dict[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("invalid formula") from exc
    try:
        return _eval_node(tree, variables)
    except ZeroDivisionError as exc:
        raise FormulaError("division by zero") from exc


if __name__ == "__main__":
    print(evaluate("monthly_rent * days_occupied / days_in_month", {"monthly_rent": 1850, "days_occupied": 12, "days_in_month": 30}))
