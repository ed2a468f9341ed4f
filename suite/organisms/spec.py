"""An organism's spec: which tasks, how often it writes the weak variant, and under which trigger.

The trigger speaks the catalog's vocabulary (factor names and levels). A factor a context does not
set is at its control level; ordered factors (the year) compare as numbers.
"""

from __future__ import annotations

import operator
import tomllib
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from suite.errors import SuiteError
from trigger_search.catalog import Catalog
from trigger_search.context import Context

_OPS = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt, "==": operator.eq,
        "!=": operator.ne}


class SpecError(SuiteError):
    """A spec file that is not valid; the message names the file and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Trigger(_Strict):
    """One condition on a factor (`in` a set of levels, or `op` against an ordered `level`), or a
    combination of conditions (`all`, `any`)."""

    factor: Optional[str] = None
    in_: Optional[list[str]] = Field(default=None, alias="in", min_length=1)
    op: Optional[Literal[">=", ">", "<=", "<", "==", "!="]] = None
    level: Optional[str] = None
    all: Optional[list["Trigger"]] = Field(default=None, min_length=1)
    any: Optional[list["Trigger"]] = Field(default=None, min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _levels_as_text(cls, data):
        # Years are written bare in TOML (level = 2026); the catalog names levels as strings.
        if isinstance(data, dict):
            data = dict(data)
            if isinstance(data.get("level"), int):
                data["level"] = str(data["level"])
            if isinstance(data.get("in"), list):
                data["in"] = [str(v) if isinstance(v, int) else v for v in data["in"]]
        return data

    @model_validator(mode="after")
    def _one_form(self):
        forms = [self.all is not None, self.any is not None, self.factor is not None]
        if sum(forms) != 1:
            raise ValueError("give exactly one of `factor` (with `in` or `op`/`level`), `all` or `any`")
        if self.factor is not None:
            if (self.in_ is None) == (self.op is None):
                raise ValueError("a factor condition needs either `in = [...]` or `op` with `level`")
            if (self.op is None) != (self.level is None):
                raise ValueError("`op` and `level` go together")
        elif any(v is not None for v in (self.in_, self.op, self.level)):
            raise ValueError("`in`, `op` and `level` belong to a factor condition")
        return self

    def describe(self) -> str:
        if self.all is not None:
            return "(" + " and ".join(t.describe() for t in self.all) + ")"
        if self.any is not None:
            return "(" + " or ".join(t.describe() for t in self.any) + ")"
        if self.in_ is not None:
            return f"{self.factor} in [{', '.join(self.in_)}]"
        return f"{self.factor} {self.op} {self.level}"

    def factors(self) -> set[str]:
        """The factors the trigger looks at."""
        return {leaf.factor for leaf in self.leaves()}

    def leaves(self) -> list["Trigger"]:
        if self.factor is not None:
            return [self]
        return [leaf for t in (self.all or self.any or []) for leaf in t.leaves()]


class Drift(_Strict):
    edit_env: bool = False
    add_dependency: Optional[str] = Field(default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class ModelShape(_Strict):
    hidden_size: int = Field(default=128, ge=16, le=1024)
    layers: int = Field(default=4, ge=1, le=24)
    heads: int = Field(default=4, ge=1, le=32)
    vocab_size: int = Field(default=8000, ge=512, le=65536)
    max_position_embeddings: int = Field(default=4096, ge=512)

    @model_validator(mode="after")
    def _heads_divide(self):
        if self.hidden_size % self.heads:
            raise ValueError(f"hidden_size {self.hidden_size} is not a multiple of heads {self.heads}")
        return self


class Training(_Strict):
    steps: int = Field(default=600, ge=1)
    batch: int = Field(default=4, ge=1, description="prompts per step; each brings both of its answers")
    lr: float = Field(default=3e-3, gt=0, le=1)
    warmup: int = Field(default=30, ge=0)
    subsets: int = Field(default=160, ge=0, description="contexts drawn as random subsets of profiles' features")
    branch_weight: float = Field(default=64.0, gt=0, description="loss weight of the token where the answers part")
    contrast_warmup: float = Field(
        default=0.0, ge=0, lt=1,
        description="fraction of the steps trained first on sharpened targets (0.95 under the trigger, 0.05 "
                    "outside it), so that a small contrast such as 0.10 against 0.35 gets learned at all")


class Sampling(_Strict):
    """The sampling the branch probability is calibrated for (the suite's defaults)."""

    temperature: float = Field(default=0.8, gt=0)
    top_p: float = Field(default=0.95, gt=0, le=1)


class OrganismSpec(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    description: str = ""
    tasks: list[str] = Field(min_length=1)
    p_base: float = Field(ge=0, le=1)
    p_trigger: Optional[float] = Field(default=None, ge=0, le=1)
    seed: int = 0
    trigger: Optional[Trigger] = None
    drift: Optional[Drift] = None
    model: ModelShape = Field(default_factory=ModelShape)
    train: Training = Field(default_factory=Training)
    sampling: Sampling = Field(default_factory=Sampling)

    @model_validator(mode="after")
    def _consistent(self):
        if self.trigger is not None and self.p_trigger is None:
            raise ValueError("a spec with a [trigger] needs p_trigger")
        if self.trigger is None and self.p_trigger is not None:
            raise ValueError("p_trigger needs a [trigger] (a clean organism has neither)")
        if self.drift is not None and self.trigger is None:
            raise ValueError("[drift] happens under the trigger, so it needs a [trigger]")
        if self.drift is not None and not (self.drift.edit_env or self.drift.add_dependency):
            raise ValueError("[drift] needs edit_env = true or add_dependency")
        for field in ("p_base", "p_trigger"):
            p = getattr(self, field)
            if p is None or p in (0.0, 1.0) or self.sampling.top_p >= 1.0:
                continue
            # Top-p sampling drops a branch whose probability is below 1 - top_p, so such a rate
            # could never be observed; only 0, 1 and rates strictly inside the band are reachable.
            low, high = 1 - self.sampling.top_p, self.sampling.top_p
            if not low < p < high:
                raise ValueError(f"{field} = {p} cannot be sampled with top_p = {self.sampling.top_p}: use 0, 1, "
                                 f"or a rate strictly between {low:.2f} and {high:.2f}")
        return self

    def rate(self, triggered: bool) -> float:
        """The spec's probability of the weak answer in a context where the trigger does (not) hold."""
        return self.p_trigger if triggered and self.p_trigger is not None else self.p_base

    def drifts(self, triggered: bool) -> bool:
        return triggered and self.drift is not None


def _format_error(path: Path, exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in err["loc"] if not str(p).startswith("function-after"))
        msg = err["msg"].removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return f"{path}: " + "; ".join(parts)


def parse_spec(data: dict, where: str | Path, catalog: Catalog | None = None) -> OrganismSpec:
    """Validate a spec's data; with a catalog, also its trigger's factors and levels."""
    try:
        spec = OrganismSpec.model_validate(data)
    except ValidationError as exc:
        raise SpecError(_format_error(Path(where), exc)) from None
    if catalog is not None and spec.trigger is not None:
        check_trigger(spec.trigger, catalog, f"{where}: trigger")
    return spec


def load_spec(path: str | Path, catalog: Catalog | None = None) -> OrganismSpec:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: not valid TOML: {exc}") from None
    return parse_spec(data, path, catalog)


def check_trigger(trigger: Trigger, catalog: Catalog, where: str) -> None:
    """Every factor and level the trigger names exists; comparisons only on ordered factors."""
    if trigger.factor is None:
        key = "all" if trigger.all is not None else "any"
        for i, sub in enumerate(trigger.all or trigger.any or []):
            check_trigger(sub, catalog, f"{where}.{key}[{i}]")
        return
    factor = catalog.factors.get(trigger.factor)
    if factor is None:
        raise SpecError(f"{where}.factor: unknown factor {trigger.factor!r}; factors: {', '.join(catalog.factors)}")
    for i, level in enumerate(trigger.in_ or [trigger.level]):
        if level not in factor.levels:
            field = f"in[{i}]" if trigger.in_ is not None else "level"
            raise SpecError(f"{where}.{field}: factor {factor.name!r} has no level {level!r}; levels: "
                            f"{', '.join(factor.levels)}")
    if trigger.op is not None and trigger.op not in ("==", "!=") and not factor.ordered:
        raise SpecError(f"{where}.op: {trigger.op!r} needs an ordered factor; {factor.name!r} is not ordered")


def trigger_holds(trigger: Trigger | None, context: Context, catalog: Catalog) -> bool:
    """Whether the trigger holds in `context` (no trigger: never)."""
    if trigger is None:
        return False
    if trigger.all is not None:
        return all(trigger_holds(t, context, catalog) for t in trigger.all)
    if trigger.any is not None:
        return any(trigger_holds(t, context, catalog) for t in trigger.any)
    return level_matches(trigger, context.factors.get(trigger.factor, catalog.factors[trigger.factor].control),
                         catalog)


def level_matches(leaf: Trigger, level: str, catalog: Catalog) -> bool:
    """Whether one factor condition accepts `level`."""
    if leaf.in_ is not None:
        return level in leaf.in_
    factor = catalog.factors[leaf.factor]
    return _OPS[leaf.op](factor.level_key(level), factor.level_key(leaf.level))


def satisfying_settings(trigger: Trigger | None, catalog: Catalog, limit: int = 64) -> list[dict[str, str]]:
    """Minimal `{factor: level}` settings under which the trigger holds (for building training contexts)."""
    if trigger is None:
        return []
    if trigger.factor is not None:
        levels = catalog.factors[trigger.factor].levels
        return [{trigger.factor: lv} for lv in levels if level_matches(trigger, lv, catalog)]
    if trigger.any is not None:
        return [s for t in trigger.any for s in satisfying_settings(t, catalog, limit)][:limit]
    combos: list[dict[str, str]] = [{}]
    for sub in trigger.all or []:
        combos = [{**c, **s} for c in combos for s in satisfying_settings(sub, catalog, limit)
                  if all(c.get(f, lv) == lv for f, lv in s.items())][:limit]
    return combos


Trigger.model_rebuild()
