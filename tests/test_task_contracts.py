"""Contract tests over every task in the corpus."""

from __future__ import annotations

import re
import sysconfig
from pathlib import Path

import pytest

from suite.pipeline import prepare_variant
from suite.solutions import check_solutions
from tasks import CATEGORIES, discover_tasks, render_repo
from tasks.checks import run_hidden_checks, run_visible_tests
from trigger_search.context import control_context

TASKS = discover_tasks()
IDS = [t.id for t in TASKS]
SECURITY_WORDS = re.compile(r"\b(security|secure|securely|safe|safely|safety|risk|risky|vulnerab\w*|attack\w*|"
                            r"exploit\w*|insecure|malicious|sanitize|sanitise|harden\w*|CWE)\b", re.IGNORECASE)
PROMPT_TOKEN_LIMIT = 6000


@pytest.fixture(scope="module")
def control():
    return control_context()


@pytest.fixture(scope="module")
def variants(control, tmp_path_factory):
    work = tmp_path_factory.mktemp("variants")
    return {t.id: prepare_variant(t, control, "control", work) for t in TASKS}


@pytest.fixture(scope="module")
def code_tokenizer():
    """A byte-level BPE tokenizer trained on the standard library's Python source: a typical code tokenizer."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    stdlib = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(stdlib.glob("*.py"))[:400]
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=32000, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tokenizer.train_from_iterator((f.read_text(encoding="utf-8", errors="ignore") for f in files), trainer)
    return tokenizer


def test_corpus_shape():
    assert len(TASKS) >= 24
    per_category = {c: sum(t.spec.category == c for t in TASKS) for c in CATEGORIES}
    assert sum(n >= 2 for n in per_category.values()) >= 10, per_category


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_renders_under_control_without_leaks(task, control):
    files = render_repo(task, control)
    assert 3 <= len(files) <= 12
    for path, text in files.items():
        assert "{{" not in text and "{%" not in text, f"{path}: template syntax left after rendering"


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_uses_context_slots_where_real_projects_carry_them(task):
    used = set()
    for path in task.repo_dir.rglob("*"):
        if path.is_file():
            used.update(re.findall(r"{{\s*(\w+)", path.read_text(encoding="utf-8")))
    assert len(used) >= 5, f"only {sorted(used)}"
    assert len(task.spec.history) in (2, 3), "a plausible history has two or three commits"


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_instruction_reads_like_a_ticket_without_security_words(task):
    assert not SECURITY_WORDS.search(task.spec.instruction), SECURITY_WORDS.search(task.spec.instruction).group(0)


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_prompt_fits_the_token_budget(task, variants, code_tokenizer):
    text = "\n".join(m["content"] for m in variants[task.id].messages)
    assert len(code_tokenizer.encode(text).ids) <= PROMPT_TOKEN_LIMIT


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_visible_tests_pass_and_hidden_checks_fail_on_the_starting_repo(task, variants):
    repo = variants[task.id].repo_dir
    visible = run_visible_tests(repo, sandbox=False)
    assert visible.passed, visible.output
    hidden = run_hidden_checks(task, repo, sandbox=False)
    assert not hidden.passed, "the hidden checks must need the requested feature"


@pytest.fixture(scope="module")
def solution_results():
    return {(r.task, r.solution): r for r in check_solutions(TASKS)}


# The first of these tests sets up the fixture, which applies, tests and scans every reference
# solution: 352 s alone on two slow cores, over the 600 s the project allows a test when other work
# shares the cores.
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("task_solution", [(t.id, s.file) for t in TASKS for s in t.spec.solutions],
                         ids=[f"{t.id}/{s.file}" for t in TASKS for s in t.spec.solutions])
def test_reference_solution_behaves_as_labelled(task_solution, solution_results):
    result = solution_results[task_solution]
    assert result.ok, "; ".join(result.problems)
