"""Small calculator API used by the quoting widget.

Expressions are parsed with the ast module and only arithmetic nodes are evaluated.
"""
import ast
import math
import operator

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("quote_calc", __name__, url_prefix="/api/quote-calc")

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
_FUNCS = {"sqrt": math.sqrt, "ceil": math.ceil, "floor": math.floor}


def evaluate(node):
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](evaluate(node.operand))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and len(node.args) == 1 and not node.keywords):
        return _FUNCS[node.func.id](evaluate(node.args[0]))
    raise ValueError("unsupported expression")


@bp.get("/")
def calculate():
    expr = request.args.get("q", "").strip()
    if not expr or len(expr) > 200:
        abort(400, "expression required (max 200 chars)")
    try:
        value = evaluate(ast.parse(expr, mode="eval"))
    except (SyntaxError, ValueError, TypeError, ZeroDivisionError, RecursionError) as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify({"expression": expr, "value": value})
