"""Evaluates char-time expressions in charring recipes.

Head coopers write charring recipes where the burn time depends on stave
thickness and moisture, e.g. ``45 + 3 * (T - 27) + 0.5 * M``. Recipes are
edited in the back office and evaluated for each cask on the toasting floor.
"""
import ast
import operator
from dataclasses import dataclass

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
RECIPE_VARIABLES = {"T", "M", "L"}
MAX_EXPRESSION_LENGTH = 120


class RecipeError(ValueError):
    pass


def _evaluate(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in RECIPE_VARIABLES:
        return float(variables[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_evaluate(node.left, variables), _evaluate(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_evaluate(node.operand, variables))
    raise RecipeError(f"unsupported element in recipe: {ast.dump(node)[:60]}")


@dataclass
class CharRecipe:
    name: str
    expression: str

    def compile(self) -> ast.Expression:
        if len(self.expression) > MAX_EXPRESSION_LENGTH:
            raise RecipeError("recipe expression too long")
        try:
            return ast.parse(self.expression, mode="eval")
        except SyntaxError as exc:
            raise RecipeError(str(exc)) from exc

    def burn_seconds(self, thickness_mm: float, moisture_pct: float, length_cm: float) -> int:
        tree = self.compile()
        value = _evaluate(tree, {"T": thickness_mm, "M": moisture_pct, "L": length_cm})
        if not 0 < value < 1800:
            raise RecipeError(f"burn time {value:.0f}s outside oven limits")
        return round(value)
