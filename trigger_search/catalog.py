"""The context catalog: factors (each owning some slots), their levels, and coherent profiles.

A profile decomposes into atomic features: one factor's value in one place (a slot, or the ticket's
preamble). Any subset of a profile's features, laid over the control profile, is itself a context,
which is what minimisation needs.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2

from suite.errors import SuiteError
from trigger_search.context import (
    DATA_DIR,
    Context,
    raw_control_slots,
    resolve_references,
    slot_template,
)

PREAMBLE = "preamble"


class CatalogError(SuiteError):
    """A catalog file that is not valid; the message names the file and the entry."""


@dataclass(frozen=True)
class Level:
    name: str
    slots: Mapping[str, object]
    preamble: str = ""


@dataclass(frozen=True)
class Factor:
    name: str
    description: str
    slots: tuple[str, ...]
    control: str
    levels: Mapping[str, Level]
    ordered: bool = False

    def level_key(self, level: str) -> object:
        """Sort key for ordered factors (years compare as numbers)."""
        return int(level) if self.ordered and level.lstrip("-").isdigit() else level


@dataclass(frozen=True)
class Feature:
    """One factor's value in one place; `value` is the literal text the profile puts there."""

    factor: str
    level: str
    place: str
    value: str

    @property
    def label(self) -> str:
        return f"{self.factor}={self.level}@{self.place}"


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    levels: Mapping[str, str]
    slots: Mapping[str, object]


@dataclass(frozen=True)
class Catalog:
    factors: Mapping[str, Factor]
    profiles: Mapping[str, Profile]
    control_slots: Mapping[str, object]
    slot_owner: Mapping[str, str]

    @property
    def resolved_control(self) -> dict[str, object]:
        return resolve_references(self.control_slots, "control profile")

    def control(self) -> Context:
        return Context(name="control", slots=self.resolved_control)

    def profile(self, name: str) -> Profile:
        if name not in self.profiles:
            raise CatalogError(f"unknown profile {name!r} (see `suite catalog list`)")
        return self.profiles[name]

    def adhoc_profile(self, settings: Mapping[str, str]) -> Profile:
        """A profile from `factor=level` settings alone (the factor levels' own slot values)."""
        for factor, level in settings.items():
            self._check_level(factor, level, "--set")
        name = "+".join(f"{f}={l}" for f, l in sorted(settings.items()))
        return Profile(name=name, description="ad hoc", levels=dict(settings), slots={})

    def _check_level(self, factor: str, level: str, where: str) -> None:
        if factor not in self.factors:
            raise CatalogError(f"{where}: unknown factor {factor!r}; factors: {', '.join(self.factors)}")
        if level not in self.factors[factor].levels:
            raise CatalogError(f"{where}: factor {factor!r} has no level {level!r}; levels: "
                               f"{', '.join(self.factors[factor].levels)}")

    def features(self, profile: Profile) -> list[Feature]:
        """The profile's atomic features: every place whose text differs from control, credited to the
        factor that changed it (a slot that changed only through a reference, such as an e-mail
        following the organisation's domain, is credited to the referenced slot's factor)."""
        slots = self.resolved_slots(profile)
        control = self.resolved_control
        changed = {name for name, factor in self.factors.items()
                   if profile.levels.get(name, factor.control) != factor.control or any(s in profile.slots for s in factor.slots)}
        out = []
        for factor_name, factor in self.factors.items():
            for slot in factor.slots:
                if str(slots[slot]) == str(control[slot]):
                    continue
                owner = factor_name if factor_name in changed else self._referenced_factor(slot, changed)
                level = profile.levels.get(owner, self.factors[owner].control)
                out.append(Feature(owner, level, slot, str(slots[slot])))
        for factor_name, factor in self.factors.items():
            preamble = factor.levels[profile.levels.get(factor_name, factor.control)].preamble
            if preamble:
                level = profile.levels[factor_name]
                out.append(Feature(factor_name, level, PREAMBLE, _render(preamble, slots, f"{factor_name}.{level}.preamble")))
        return out

    def _referenced_factor(self, slot: str, changed: set[str]) -> str:
        """The changed factor whose slot `slot`'s control text refers to (directly or through another slot)."""
        seen, todo = set(), [slot]
        while todo:
            current = todo.pop()
            for ref in re.findall(r"{{\s*(\w+)", str(self.control_slots.get(current, ""))):
                owner = self.slot_owner.get(ref)
                if owner in changed:
                    return owner
                if ref not in seen:
                    seen.add(ref)
                    todo.append(ref)
        return self.slot_owner[slot]

    def resolved_slots(self, profile: Profile) -> dict[str, object]:
        """Control values, overlaid by each factor's level values, then the profile's own; references resolved."""
        raw = dict(self.control_slots)
        for factor_name, level in profile.levels.items():
            self._check_level(factor_name, level, f"profile {profile.name}")
            raw.update(self.factors[factor_name].levels[level].slots)
        raw.update(profile.slots)
        return resolve_references(raw, f"profile {profile.name}")

    def context(self, profile: Profile) -> Context:
        return self.context_from_features(profile.name, self.features(profile))

    def context_from_features(self, name: str, features: Iterable[Feature]) -> Context:
        """Control with the given features laid over it; factors are those with a feature present."""
        features = list(features)
        slots = self.resolved_control
        preamble = []
        for feat in features:
            if feat.place == PREAMBLE:
                preamble.append(feat.value)
            else:
                slots[feat.place] = _typed(self.control_slots[feat.place], feat.value)
        factors = {f.factor: f.level for f in features}
        return Context(name=name, slots=slots, factors=factors, preamble=" ".join(preamble))


def _typed(control_value: object, value: str) -> object:
    return int(value) if isinstance(control_value, int) and value.lstrip("-").isdigit() else value


def _render(text: str, slots: Mapping[str, object], where: str) -> str:
    try:
        return slot_template(text).render(**slots)
    except jinja2.UndefinedError as exc:
        raise CatalogError(f"{where}: unknown slot in reference: {exc.message}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise CatalogError(f"{where}: template error: {exc.message}") from None


def _load_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: not valid TOML: {exc}") from exc


def _parse_factors(path: Path, data: dict, control_slots: Mapping[str, object]) -> dict[str, Factor]:
    factors = {}
    for name, body in data.items():
        where = f"{path}: factor {name!r}"
        if not isinstance(body, dict):
            raise CatalogError(f"{where}: must be a table")
        missing = [k for k in ("slots", "control", "levels") if k not in body]
        if missing:
            raise CatalogError(f"{where}: missing field {missing[0]!r}")
        unknown_keys = set(body) - {"description", "slots", "control", "levels", "ordered"}
        if unknown_keys:
            raise CatalogError(f"{where}: unknown field {sorted(unknown_keys)[0]!r}")
        slots = tuple(body["slots"])
        for slot in slots:
            if slot not in control_slots:
                raise CatalogError(f"{where}: slot {slot!r} is not a control slot")
        levels = {}
        for level_name, level_body in body["levels"].items():
            lwhere = f"{where} level {level_name!r}"
            if not isinstance(level_body, dict):
                raise CatalogError(f"{lwhere}: must be a table")
            values = {k: v for k, v in level_body.items() if k != PREAMBLE}
            if set(values) != set(slots):
                extra, lacking = set(values) - set(slots), set(slots) - set(values)
                detail = f"sets {sorted(extra)[0]!r}, which the factor does not own" if extra else f"does not set {sorted(lacking)[0]!r}"
                raise CatalogError(f"{lwhere}: {detail}")
            levels[str(level_name)] = Level(str(level_name), values, str(level_body.get(PREAMBLE, "")))
        control = str(body["control"])
        if control not in levels:
            raise CatalogError(f"{where}: control level {control!r} is not one of its levels")
        for slot in slots:
            if str(levels[control].slots[slot]) != str(control_slots[slot]):
                raise CatalogError(f"{where}: control level's {slot!r} differs from the control profile")
        if levels[control].preamble:
            raise CatalogError(f"{where}: the control level must not have a preamble")
        factors[name] = Factor(name, str(body.get("description", "")), slots, control, levels, bool(body.get("ordered", False)))
    return factors


def _parse_profiles(path: Path, data: dict, factors: Mapping[str, Factor]) -> dict[str, Profile]:
    profiles = {}
    for name, body in data.items():
        where = f"{path}: profile {name!r}"
        if not isinstance(body, dict) or "levels" not in body:
            raise CatalogError(f"{where}: needs a `levels` table")
        unknown_keys = set(body) - {"description", "levels", "slots"}
        if unknown_keys:
            raise CatalogError(f"{where}: unknown field {sorted(unknown_keys)[0]!r}")
        levels = {str(k): str(v) for k, v in body["levels"].items()}
        for factor, level in levels.items():
            if factor not in factors:
                raise CatalogError(f"{where}: unknown factor {factor!r}")
            if level not in factors[factor].levels:
                raise CatalogError(f"{where}: factor {factor!r} has no level {level!r}")
        slots = dict(body.get("slots", {}))
        for slot in slots:
            owner = next((f for f in factors.values() if slot in f.slots), None)
            if owner is None:
                raise CatalogError(f"{where}: slot {slot!r} is not owned by any factor")
            if owner.name not in levels:
                raise CatalogError(f"{where}: slot {slot!r} belongs to factor {owner.name!r}, which the profile does not set")
        profiles[name] = Profile(name, str(body.get("description", "")), levels, slots)
    return profiles


def load_catalog(extra: Iterable[Path] = ()) -> Catalog:
    """The shipped catalog, plus user files (`--catalog FILE`) that add factors, levels or profiles.
    A user file may hold `[factors.NAME]` and `[profiles.NAME]` tables."""
    control_slots = raw_control_slots()
    factors = _parse_factors(DATA_DIR / "factors.toml", _load_toml(DATA_DIR / "factors.toml"), control_slots)
    profiles_data = _load_toml(DATA_DIR / "profiles.toml")
    for path in extra:
        path = Path(path)
        data = _load_toml(path)
        unknown = set(data) - {"factors", "profiles"}
        if unknown:
            raise CatalogError(f"{path}: top-level tables must be [factors.NAME] or [profiles.NAME], not {sorted(unknown)[0]!r}")
        for name, factor in _parse_factors(path, data.get("factors", {}), control_slots).items():
            if name in factors:  # an existing factor gains levels
                merged = {**factors[name].levels, **factor.levels}
                factors[name] = Factor(name, factors[name].description, factors[name].slots, factors[name].control,
                                       merged, factors[name].ordered)
            else:
                factors[name] = factor
        profiles_data.update(data.get("profiles", {}))
    owners: dict[str, str] = {}
    for factor in factors.values():
        for slot in factor.slots:
            if slot in owners:
                raise CatalogError(f"slot {slot!r} is owned by both {owners[slot]!r} and {factor.name!r}")
            owners[slot] = factor.name
    unowned = sorted(set(control_slots) - set(owners))
    if unowned:
        raise CatalogError(f"{DATA_DIR / 'factors.toml'}: control slot {unowned[0]!r} is owned by no factor")
    profiles = _parse_profiles(DATA_DIR / "profiles.toml", profiles_data, factors)
    return Catalog(factors, profiles, control_slots, owners)
