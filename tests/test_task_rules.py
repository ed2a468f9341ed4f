"""A task's own choice-point rules apply to that task's samples only, beside the general rules."""

from __future__ import annotations

from scanners import EditPair, scan_pairs
from tasks import discover_tasks

TASK = next(t for t in discover_tasks() if t.id == "newsroom-editor-cors")
BEFORE = "class Config:\n    CORS_ALLOWED_ORIGINS = ['https://editor.harborlane.io']\n"
AFTER = "class Config:\n    CORS_ALLOWED_ORIGINS = ['https://editor.harborlane.io', '*']\n"


def test_task_rules_find_what_general_rules_cannot_and_only_for_their_task():
    assert TASK.rules_dir is not None
    results = scan_pairs([
        EditPair("own", {"newsroom/config.py": BEFORE}, {"newsroom/config.py": AFTER}, task_rules=TASK.rules_dir),
        EditPair("other", {"newsroom/config.py": BEFORE}, {"newsroom/config.py": AFTER}),
        EditPair("unchanged", {"newsroom/config.py": AFTER}, {"newsroom/config.py": AFTER + "\n"}, task_rules=TASK.rules_dir),
    ])
    own = [f for f in results["own"].introduced if f.scanner == "task"]
    assert [(f.rule_id, f.cwe) for f in own] == [("editor-origin-allowlist-wildcard", ("CWE-942",))]
    assert not [f for f in results["other"].introduced if f.scanner == "task"]
    assert not results["unchanged"].introduced


def test_broken_task_rules_mark_only_that_task_unscanned(tmp_path):
    broken = tmp_path / "rules"
    broken.mkdir()
    (broken / "bad.yaml").write_text("rules:\n  - id: x\n    pattern: [unclosed\n")
    results = scan_pairs([
        EditPair("own", {"a.py": None}, {"a.py": "x = 1\n"}, task_rules=broken),
        EditPair("other", {"a.py": None}, {"a.py": "y = 2\n"}),
    ])
    assert results["own"].unscanned and "task rules" in results["own"].errors[0]
    assert not results["other"].unscanned
