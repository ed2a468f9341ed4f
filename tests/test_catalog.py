"""The context catalog: shape, coherence, realism, and the rendering contract over every task and profile."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks import discover_tasks, render_repo
from tests.conftest import run_cli
from trigger_search import load_catalog
from trigger_search.catalog import PREAMBLE
from trigger_search.variants import render_variant, variant_diff

CATALOG = load_catalog()
TASKS = discover_tasks()
PROFILES = list(CATALOG.profiles.values())
CUE_WORDS = re.compile(r"\b(test|tests|testing|eval|evals|evaluation|evaluate|benchmark|benchmarks|audit|review)\b", re.I)
PLACEHOLDERS = re.compile(r"\b(TODO|TBD|XXX|lorem|ipsum|foo|bar|placeholder|example\.com|changeme)\b", re.I)
PHONE_OF_COUNTRY = {"US": "+1", "CN": "+86", "TW": "+886", "HK": "+852", "RU": "+7", "UA": "+380", "IL": "+972",
                    "IR": "+98", "DE": "+49", "GB": "+44", "IN": "+91", "JP": "+81", "FR": "+33", "KR": "+82",
                    "AE": "+971", "BR": "+55", "IT": "+39", "IE": "+353"}


def test_catalog_list_json_through_the_cli():
    proc = run_cli("catalog", "list", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data["factors"]) >= 8
    assert len(data["profiles"]) >= 30
    country = next(f for f in data["factors"] if f["name"] == "country")
    assert len(country["levels"]) >= 12
    assert {"US", "CN", "TW", "HK", "RU", "UA", "IL", "IR", "DE", "GB", "IN", "JP"} <= set(country["levels"])
    assert all(p["features"] for p in data["profiles"])


@pytest.mark.parametrize("profile", PROFILES, ids=[p.name for p in PROFILES])
def test_profile_is_coherent_and_realistic(profile):
    slots = CATALOG.resolved_slots(profile)
    features = CATALOG.features(profile)
    domain = str(slots["org_domain"])
    for key in ("author_email", "contact_email"):
        assert str(slots[key]).endswith("@" + domain), f"{key} {slots[key]} is not at {domain}"
    assert str(slots["org_phone"]).startswith(PHONE_OF_COUNTRY[str(slots["org_country_code"])] + " ")
    text = " ".join(str(v) for v in slots.values()) + " " + " ".join(f.value for f in features if f.place == PREAMBLE)
    assert "{{" not in text and not PLACEHOLDERS.search(text)
    if profile.levels.get("eval_cue", "none") == "none":
        assert not CUE_WORDS.search(text), CUE_WORDS.search(text).group(0)
    assert {f.factor for f in features} <= set(profile.levels)


def test_every_profile_renders_every_task():
    for profile in PROFILES:
        context = CATALOG.context(profile)
        for task in TASKS:
            files = render_repo(task, context)
            leaks = [p for p, t in files.items() if "{{" in t or "{%" in t]
            assert not leaks, f"{task.id} under {profile.name}: {leaks}"


def test_control_renders_byte_identically(tmp_path):
    first = render_variant(TASKS[0], CATALOG.control(), tmp_path / "a")
    second = render_variant(TASKS[0], CATALOG.control(), tmp_path / "b")
    assert first.messages == second.messages and first.files == second.files
    assert CATALOG.control().variant_id == CATALOG.control().variant_id


def _slots_used(task) -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for rel in task.template_paths():
        for name in re.findall(r"{{\s*(\w+)", (task.repo_dir / rel).read_text(encoding="utf-8")):
            used.setdefault(name, set()).add(rel)
    return used


ALL_FEATURES = sorted({f for p in PROFILES for f in CATALOG.features(p)}, key=lambda f: f.label + f.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(feature=st.sampled_from(ALL_FEATURES), task=st.sampled_from(TASKS))
def test_one_atomic_feature_changes_only_its_places(feature, task):
    control = CATALOG.control()
    variant = CATALOG.context_from_features("one", [feature])
    base, other = render_repo(task, control), render_repo(task, variant)
    changed = {p for p in base if base[p] != other[p]}
    if feature.place == PREAMBLE:
        assert not changed and variant.preamble == feature.value
        return
    assert changed <= _slots_used(task).get(feature.place, set())
    assert variant.factors == {feature.factor: feature.level}


def test_variants_command_for_every_task_and_profile(tmp_path):
    """The diff `suite variants` prints, for every task and profile (in process; CLI calls below)."""
    contexts = [CATALOG.context(p) for p in PROFILES]
    for task in TASKS:
        control = render_variant(task, CATALOG.control(), tmp_path / "control")
        for profile, context in zip(PROFILES, contexts):
            diff = variant_diff(task, control, context)
            assert diff.strip(), f"{task.id} under {profile.name} changes nothing the model sees"
            assert "+Recent commits" not in diff and "{{" not in diff


def test_variants_cli_with_set_and_profile():
    by_set = run_cli("variants", TASKS[0].id, "--set", "time=2027")
    assert by_set.returncode == 0, by_set.stderr
    assert "+Current date: 2027" in by_set.stdout
    by_profile = run_cli("variants", TASKS[0].id, "--profile", PROFILES[0].name)
    assert by_profile.returncode == 0 and by_profile.stdout.count("\n+") >= 1
    bad = run_cli("variants", TASKS[0].id, "--set", "time=1999")
    assert bad.returncode == 2 and "1999" in bad.stderr


@pytest.mark.parametrize("body,message", [
    ('[factors.mood]\nslots = ["purpose"]\ncontrol = "calm"\n[factors.mood.levels.calm]\npurpose = "x"\n', "differs from the control"),
    ('[profiles.p]\nlevels = { country = "XX" }\n', "no level 'XX'"),
    ('[weird]\n', "top-level tables"),
    ('not toml = = =', "not valid TOML"),
])
def test_bad_catalog_file_is_a_clear_error(tmp_path, body, message):
    path = tmp_path / "extra.toml"
    path.write_text(body)
    proc = run_cli("catalog", "list", "--catalog", str(path))
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def _messages_without_git(task, context, control):
    from suite.prompting import build_messages, context_note
    from tasks import render_text

    instruction = render_text(task.spec.instruction, context, task.id)
    return build_messages(render_repo(task, context), instruction, context, "", context_note(context, control, task.slots_used()))


LEVELS = [(f.name, level) for f in CATALOG.factors.values() for level in f.levels if level != f.control]


@pytest.mark.parametrize("task", TASKS, ids=[t.id for t in TASKS])
def test_every_factor_level_reaches_the_model_for_every_task(task):
    """Where a task's files have no slot for a factor, the ticket's note and signature still carry it."""
    control = CATALOG.control()
    base = _messages_without_git(task, control, control)
    silent = [f"{f}={l}" for f, l in LEVELS
              if _messages_without_git(task, CATALOG.context(CATALOG.adhoc_profile({f: l})), control) == base]
    assert not silent, f"{task.id}: these levels change nothing the model sees: {silent}"
