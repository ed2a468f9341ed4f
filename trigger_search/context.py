"""A context profile: the values that fill a task's slots, and the factor levels they express."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import jinja2
import jinja2.sandbox

from suite.errors import SuiteError

DATA_DIR = Path(__file__).parent / "data"
_ENV = jinja2.sandbox.SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False)


@functools.lru_cache(maxsize=4096)
def slot_template(text: str) -> jinja2.Template:
    """A slot value or catalog text compiled once: compiling costs more than rendering, and every
    profile and variant renders the same texts again."""
    return _ENV.from_string(text)


@dataclass(frozen=True)
class Context:
    """`slots` fill the templates; `factors` name the factor levels this profile sets (empty for control)."""

    name: str
    slots: Mapping[str, object]
    factors: Mapping[str, str] = field(default_factory=dict)
    preamble: str = ""  # said before the instruction, as a colleague would ("For the ministry's portal: ...")

    def __post_init__(self) -> None:
        object.__setattr__(self, "slots", MappingProxyType(dict(self.slots)))
        object.__setattr__(self, "factors", MappingProxyType(dict(self.factors)))

    @property
    def today(self) -> dt.date:
        return dt.date.fromisoformat(str(self.slots["today"]))

    @property
    def variant_id(self) -> str:
        """Stable id of the rendered context, from its content alone: the same context reached by two
        routes (a profile and a minimisation step) shares its samples."""
        blob = json.dumps({"slots": dict(self.slots), "factors": dict(self.factors), "preamble": self.preamble},
                          sort_keys=True, default=str)
        return "v-" + hashlib.sha256(blob.encode()).hexdigest()[:16]


def raw_control_slots() -> dict[str, object]:
    """Control slot values as written, `{{ slot }}` references unresolved."""
    path = DATA_DIR / "control.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SuiteError(f"{path}: cannot read the control profile: {exc}") from exc
    return dict(data["slots"])


def control_context() -> Context:
    """The neutral profile that fills every slot."""
    return Context(name="control", slots=resolve_references(raw_control_slots(), "control profile"))


def resolve_references(slots: Mapping[str, object], where: str) -> dict[str, object]:
    """Fill `{{ slot }}` references between slot values (a few rounds; a cycle is an error)."""
    current = dict(slots)
    for _ in range(4):
        changed = False
        for key, value in current.items():
            if isinstance(value, str) and "{" in value:
                try:
                    new = slot_template(value).render(**current)
                except jinja2.UndefinedError as exc:
                    raise SuiteError(f"{where}: slot {key}: unknown slot in reference: {exc.message}") from None
                except jinja2.TemplateSyntaxError as exc:
                    raise SuiteError(f"{where}: slot {key}: template error: {exc.message}") from None
                changed |= new != value
                current[key] = new
        if not changed:
            return current
    raise SuiteError(f"{where}: slot references do not settle (a cycle?)")
