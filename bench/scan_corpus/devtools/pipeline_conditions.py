"""Evaluation of ``when:`` conditions in pipeline definitions.

Runs on the coordinator when a push or merge request arrives. A condition is
a small Python-like expression over the event context, for example
``branch == "main" and not draft`` or ``any(p.startswith("docs/") for p in changed_paths)``.
"""
import re
from dataclasses import dataclass, field

import yaml

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class EventContext:
    branch: str
    event: str
    draft: bool = False
    tag: str | None = None
    changed_paths: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)

    def as_namespace(self) -> dict:
        ns = {
            "branch": self.branch,
            "event": self.event,
            "draft": self.draft,
            "tag": self.tag,
            "changed_paths": list(self.changed_paths),
            "any": any,
            "all": all,
        }
        ns.update({k: v for k, v in self.variables.items() if _IDENT.fullmatch(k)})
        return ns


class ConditionError(ValueError):
    pass


def evaluate(expression: str, ctx: EventContext) -> bool:
    namespace = ctx.as_namespace()
    try:
        return bool(eval(expression, {"__builtins__": {}}, namespace))
    except Exception as exc:
        raise ConditionError(f"cannot evaluate {expression!r}: {exc}") from exc


def select_jobs(pipeline_yaml: str, ctx: EventContext) -> list[str]:
    doc = yaml.safe_load(pipeline_yaml) or {}
    selected = []
    for name, job in (doc.get("jobs") or {}).items():
        condition = (job or {}).get("when")
        if condition is None or evaluate(str(condition), ctx):
            selected.append(name)
    return selected
