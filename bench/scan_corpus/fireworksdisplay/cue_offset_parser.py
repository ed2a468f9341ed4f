"""Parses cue time expressions in show scripts (``bar(12) + beat * 0.5``) without eval."""
from __future__ import annotations

import ast
import math
import operator
from dataclasses import dataclass

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


@dataclass(frozen=True)
class Tempo:
    bpm: float
    beats_per_bar: int = 4
    offset_s: float = 0.0

    @property
    def beat(self) -> float:
        return 60.0 / self.bpm

    def bar(self, n: float) -> float:
        return self.offset_s + (n - 1) * self.beats_per_bar * self.beat


class CueTimeParser:
    def __init__(self, tempo: Tempo) -> None:
        self._names = {"beat": tempo.beat}
        self._funcs = {"bar": tempo.bar, "floor": math.floor, "ceil": math.ceil}

    def parse(self, expression: str) -> float:
        if len(expression) > 200:
            raise ValueError("cue expression too long")
        tree = ast.parse(expression, mode="eval")
        seconds = float(self._eval(tree.body))
        if seconds < 0 or not math.isfinite(seconds):
            raise ValueError(f"cue time out of range: {expression!r}")
        return round(seconds, 3)

    def _eval(self, node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in self._names:
            return self._names[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return _BINOPS[type(node.op)](self._eval(node.left), self._eval(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            return _UNARY[type(node.op)](self._eval(node.operand))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in self._funcs
            and len(node.args) == 1
            and not node.keywords
        ):
            return self._funcs[node.func.id](self._eval(node.args[0]))
        raise ValueError(f"unsupported element in cue expression: {ast.dump(node)[:60]}")


def parse_column(values: list[str], tempo: Tempo) -> list[float]:
    parser = CueTimeParser(tempo)
    return [parser.parse(v.strip()) for v in values]
