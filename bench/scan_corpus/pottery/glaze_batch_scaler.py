"""Scale glaze recipes with small arithmetic formulas typed in the glaze lab.

Formulas look like `parts * batch_g / total` or `(parts + 2) * batch_g / 100`;
only numbers, the known names and + - * / ( ) are accepted.
"""
from __future__ import annotations

import ast
import operator
from decimal import Decimal

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
MAX_FORMULA_LEN = 120


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, names: dict[str, Decimal]) -> Decimal:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval_node(node.left, names), _eval_node(node.right, names))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval_node(node.operand, names))
    raise FormulaError(f"unsupported element: {type(node).__name__}")


def evaluate_formula(formula: str, names: dict[str, Decimal]) -> Decimal:
    if len(formula) > MAX_FORMULA_LEN:
        raise FormulaError("formula too long")
    tree = ast.parse(formula, mode="eval")
    return _eval_node(tree, names)


def scale_recipe(recipe: dict[str, Decimal], batch_g: Decimal, formula: str) -> dict[str, Decimal]:
    total = sum(recipe.values(), Decimal(0))
    scaled: dict[str, Decimal] = {}
    for material, parts in recipe.items():
        names = {"parts": parts, "batch_g": batch_g, "total": total}
        scaled[material] = evaluate_formula(formula, names).quantize(Decimal("0.1"))
    return scaled


if __name__ == "__main__":
    base = {"custer_feldspar": Decimal(45), "silica": Decimal(25), "whiting": Decimal(20),
            "epk_kaolin": Decimal(10)}
    print(scale_recipe(base, Decimal(5000), "parts * batch_g / total"))
