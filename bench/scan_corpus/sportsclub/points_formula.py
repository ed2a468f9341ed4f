"""Evaluate points-system formulas such as ``3*won + drawn - 3*forfeits``.

Formulas come from the competition rules set up by league organisers, so only
integer arithmetic on the known statistic names is accepted.
"""
from __future__ import annotations

import ast
import operator

import typer

MAX_FORMULA_LENGTH = 200
ALLOWED_NAMES = frozenset({"played", "won", "drawn", "lost", "gf", "ga", "forfeits", "bonus"})
_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


class FormulaError(ValueError):
    pass


def compile_formula(text: str) -> ast.Expression:
    if len(text) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in ALLOWED_NAMES:
            raise FormulaError(f"unknown statistic {node.id!r}")
    return tree


def evaluate(tree: ast.Expression, stats: dict[str, int]) -> int:
    def _eval(node: ast.AST) -> int:
        if isinstance(node, ast.Expression):
            return _eval(node.body)
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return node.value
        if isinstance(node, ast.Name):
            return int(stats.get(node.id, 0))
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return _BINOPS[type(node.op)](_eval(node.left), _eval(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            return _UNARY[type(node.op)](_eval(node.operand))
        raise FormulaError(f"unsupported expression: {type(node).__name__}")

    return _eval(tree)


def main(formula: str, won: int = 0, drawn: int = 0, lost: int = 0) -> None:
    """Quick check of a formula against sample figures."""
    try:
        tree = compile_formula(formula)
        typer.echo(evaluate(tree, {"won": won, "drawn": drawn, "lost": lost}))
    except FormulaError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)


if __name__ == "__main__":
    typer.run(main)
