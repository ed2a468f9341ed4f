"""Parse running tallies typed on the grading-shed tablet.

Graders tot up bundles as they tie them, typing entries such as "10+10+6"
or "4*12" into the box for each length band. The tablet sends the raw
entry and the server works out the count.
"""

import ast
import operator

from flask import Blueprint, jsonify, request

bp = Blueprint("tally", __name__, url_prefix="/grading/tally")

_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
}
MAX_ENTRY_LENGTH = 60
LENGTH_BANDS = ("3ft", "4ft", "5ft", "6ft", "7ft", "8ft+")


def _evaluate(node: ast.AST) -> int:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body)
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_evaluate(node.left), _evaluate(node.right))
    raise ValueError("tally entries may only use whole numbers with + - *")


def tally_count(entry: str) -> int:
    if len(entry) > MAX_ENTRY_LENGTH:
        raise ValueError("tally entry too long")
    tree = ast.parse(entry.strip(), mode="eval")
    total = _evaluate(tree)
    if total < 0:
        raise ValueError("tally cannot be negative")
    return total


@bp.post("/<int:session_id>")
def submit_tally(session_id: int):
    entries = request.get_json(force=True) or {}
    counts = {}
    try:
        for band in LENGTH_BANDS:
            if band in entries:
                counts[band] = tally_count(str(entries[band]))
    except (ValueError, SyntaxError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(session=session_id, counts=counts, total=sum(counts.values()))
