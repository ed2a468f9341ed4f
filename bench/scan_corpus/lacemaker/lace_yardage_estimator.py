"""Yardage estimator for commissioned edgings.

Commission quotes for edgings and insertions are priced by the metre; staff
enter a sizing rule such as "(hem_cm + 4) * 1.05" together with the customer's
measurements, and the quote shows how much lace has to be made.
"""
import ast
import operator
from decimal import ROUND_UP, Decimal

import click

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.UAdd: operator.pos, ast.USub: operator.neg}
MAX_RULE_LENGTH = 200


def _eval_node(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in variables:
        return float(variables[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval_node(node.operand, variables))
    raise ValueError(f"unsupported element in rule: {type(node).__name__}")


def evaluate_rule(rule: str, measurements: dict[str, float]) -> float:
    if len(rule) > MAX_RULE_LENGTH:
        raise ValueError("rule too long")
    tree = ast.parse(rule, mode="eval")
    return _eval_node(tree, measurements)


def metres_needed(rule: str, measurements: dict[str, float], wastage: Decimal = Decimal("0.05")) -> Decimal:
    centimetres = Decimal(str(evaluate_rule(rule, measurements)))
    metres = centimetres / 100 * (1 + wastage)
    return metres.quantize(Decimal("0.1"), rounding=ROUND_UP)


@click.command()
@click.argument("rule")
@click.option("--measure", "-m", multiple=True, help="name=value in cm, e.g. hem_cm=320")
def main(rule: str, measure: tuple[str, ...]) -> None:
    """Print the metres of lace needed for a commission."""
    values = {}
    for item in measure:
        name, _, value = item.partition("=")
        values[name.strip()] = float(value)
    click.echo(f"{metres_needed(rule, values)} m")


if __name__ == "__main__":
    main()
