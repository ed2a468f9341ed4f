import ast
import builtins
import json
import re

from flask import request

SETUP_CODE = "import math"


def calculate():
    expr = request.args.get("expr", "0")
    # ruleid: code-injection-eval
    result = eval(expr)
    return str(result)


def apply_filter(rows, condition):
    # ruleid: code-injection-eval
    return [r for r in rows if eval(condition, {"__builtins__": {}}, {"row": r})]


def run_plugin(source):
    # ruleid: code-injection-eval
    exec(source)


def run_snippet(body):
    # ruleid: code-injection-eval
    exec(f"def handler(event):\n    {body}", globals())


def compile_rule(text):
    # ruleid: code-injection-eval
    code = compile(text, "<rule>", "eval")
    return code


def parse_value(raw):
    # ruleid: code-injection-eval
    return builtins.eval("(" + raw + ")")


def load_config(path):
    with open(path) as fh:
        # ruleid: code-injection-eval
        exec(fh.read(), {})


# ---- secure near-misses ----


def parse_literal(raw):
    # ok: code-injection-eval
    return ast.literal_eval(raw)


def parse_json(raw):
    # ok: code-injection-eval
    return json.loads(raw)


def constant_eval():
    # ok: code-injection-eval
    return eval("1 + 2")


def constant_exec():
    # ok: code-injection-eval
    exec(SETUP_CODE)


def regex(pattern_text):
    # ok: code-injection-eval
    return re.compile(pattern_text, re.IGNORECASE)


def model_eval(model, batch):
    # ok: code-injection-eval
    model.eval()
    return model(batch)


OPERATIONS = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}


def dispatch(op, a, b):
    # ok: code-injection-eval
    return OPERATIONS[op](a, b)


class FormulaSheet:
    # eval kept as a class attribute and called through the instance
    compute = staticmethod(eval)

    def cell_value(self, formula, cells):
        # ruleid: code-injection-eval
        return self.compute(formula, {"__builtins__": {}}, cells)


class ThresholdBook:
    run_check = eval

    @classmethod
    def check(cls, condition, reading):
        # ruleid: code-injection-eval
        return cls.run_check(condition, {}, {"reading": reading})


interpret = builtins.exec


def run_hook(hook_source):
    # ruleid: code-injection-eval
    interpret(hook_source, {})


class LiteralSheet:
    # ast.literal_eval held the same way only reads literals
    decode = staticmethod(ast.literal_eval)

    def cell_value(self, text):
        # ok: code-injection-eval
        return self.decode(text)


class FixedProbe:
    probe = staticmethod(eval)

    def ready(self):
        # ok: code-injection-eval
        return self.probe("1 + 1")
